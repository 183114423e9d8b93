package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 不因申诉加重处理: a re-scored result may not be worse for the appellant. */
class AppealGuardTest {

    final ScoringEngine engine = new ScoringEngine();

    static InputBuilder office() {
        var b = new InputBuilder().cadre("c1", "o").cadre("c2", "o").pool(10000);
        return Daligang2021Test.clean(b).fact("f1", "LATENESS", null, 2, "c1");
    }

    @Test
    void aCommitteeAdjustmentUpwardsIsNotWorse() {
        var s = SchemeFixtures.daligang2021();
        var before = engine.score(s, office().build()).subject("c1").orElseThrow();
        var after = engine.score(
                        s,
                        office().adjust("a1", "c1", "conduct", null, d("4"), "考勤记录有误，撤销两次迟到")
                                .build())
                .subject("c1")
                .orElseThrow();
        assertThat(after.total()).isEqualByComparingTo("1000");
        assertThat(after.explanation()).anySatisfy(l -> {
            assertThat(l.ruleId()).isEqualTo("adjustment");
            assertThat(l.factIds()).containsExactly("a1");
            assertThat(l.description()).contains("考勤记录有误");
        });
        assertThat(AppealGuard.isWorse(s, before, after)).isFalse();
    }

    @Test
    void aLowerTotalOrLostEligibilityIsWorse() {
        var s = SchemeFixtures.daligang2021();
        var before = engine.score(s, office().build()).subject("c1").orElseThrow();
        var after = engine.score(
                        s,
                        office().committee("v", "VETO", "5", "复核发现一票否决事项", null, "c1")
                                .build())
                .subject("c1")
                .orElseThrow();
        assertThat(AppealGuard.worsening(s, before, after))
                .anySatisfy(x -> assertThat(x).contains("总分由 996"))
                .anySatisfy(x -> assertThat(x).contains("失去评先评优资格"))
                .anySatisfy(x -> assertThat(x).contains("绩效奖金"));
    }

    @Test
    void aCorrectionEntryReversesTheOriginalFact() {
        // ledger corrections are new entries that reverse old ones
        var s = SchemeFixtures.daligang2021();
        var b = office();
        b.facts.add(new ScoringInput.LedgerFact(
                "f1-fix",
                "LATENESS",
                null,
                null,
                java.util.List.of("c1"),
                null,
                null,
                null,
                null,
                "误记",
                null,
                null,
                "f1"));
        assertThat(engine.score(s, b.build()).subject("c1").orElseThrow().total())
                .isEqualByComparingTo("1000");
    }
}
