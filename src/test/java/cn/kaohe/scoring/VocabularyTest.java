package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.shared.KaoheException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13: explanations name things in Chinese (迟到, 省级, 三类), never codes. */
class VocabularyTest {

    /** A code as schemes write them: capitals with an underscore (CLASS_3, LEADERS_NO_PRIZE, MINISTRY_OR_PROVINCE). */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+|\\b(NATION|CENTRAL|PROVINCE|CITY|COUNTY|TOWN"
            + "|WARNING|DEMERIT|DEMOTION|DISMISSAL|ACCOUNTABILITY|INTERVIEW)\\b");

    static Stream<String> presets() {
        return SchemePresets.list().stream().map(SchemePresets.Preset::code);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyLevelAPresetUsesHasAChineseName(String preset) {
        SchemePresets.load(preset).factRules().forEach(r -> r.levels()
                .forEach(level -> assertThat(Vocabulary.knowsLevel(level))
                        .as("%s rule %s level %s", preset, r.id(), level)
                        .isTrue()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void theWorkedExampleExplainsWithoutCodes(String preset) {
        var outcome = new ScoringEngine()
                .score(
                        SchemePresets.load(preset),
                        ExampleInputs.EXAMPLES.get(preset).get());
        List<String> texts = new ArrayList<>();
        for (var s : outcome.subjects()) {
            s.explanation().forEach(l -> texts.add(l.description()));
            s.reasons().forEach(r -> texts.add(r.description()));
            if (s.pay() != null) {
                texts.addAll(s.pay().lines());
            }
        }
        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(
                        CODE.matcher(t).find())
                .as("%s: %s", preset, t)
                .isFalse());
    }

    /** One subject's result in a preset's worked example (ExampleInputs). */
    static ScoringOutcome.SubjectResult example(String preset, String subject) {
        return new ScoringEngine()
                .score(
                        SchemePresets.load(preset),
                        ExampleInputs.EXAMPLES.get(preset).get())
                .subject(subject)
                .orElseThrow();
    }

    @Test
    void aBasicWorkClassIsNamedAsTheSeedNamesIt() {
        // seed 000 三(三)2: 八项基础工作…单项工作为二类，分管领导和全办人员每人扣10分 (ExampleInputs.daligang: f05, CLASS_2)
        assertThat(example("daligang-2021", "nyb-head").explanation())
                .anySatisfy(l -> assertThat(l.description()).contains("二类 1 × 10 分"));
    }

    @Test
    void aVetoedUnitsLeadersAreNamedNotCoded() {
        // seed 004 第二十七条: 否决 → 领导班子成员和相关人员不予奖励 (ExampleInputs.zhongshan: fact f4 on town-2)
        assertThat(example("zhongshan-units", "town-2").reasons())
                .anySatisfy(x -> assertThat(x.description()).isEqualTo("领导班子成员和相关人员不予奖励"));
    }

    @Test
    void aLevelTheRuleDoesNotTakeIsRefusedInChinese() {
        // seed 000 三(三)3: 上级检查督查通报批评 省30/市20/县10/镇5 — there is no 国家级 censure
        var b = new InputBuilder();
        b.cadre("c1", "dzb");
        b.rating("c1", "COMMITTEE", "central", 90).grade("c1", "liaison", "优秀");
        b.fact("f1", "INSPECTION_CENSURE_PERSONAL", "NATION", 1, "c1");
        assertThatThrownBy(() -> new ScoringEngine().score(SchemeFixtures.daligang2021(), b.build()))
                .isInstanceOf(KaoheException.class)
                .satisfies(e -> assertThat(((KaoheException) e).problems()).anySatisfy(p -> assertThat(p.message())
                        .startsWith("级别“国家级”不适用于")
                        .contains("省级")
                        .doesNotContain("PROVINCE")));
    }
}
