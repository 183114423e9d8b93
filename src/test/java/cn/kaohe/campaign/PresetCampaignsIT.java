package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 13: for every preset in src/main/resources/schemes, a worked example runs as a real campaign on PostgreSQL
 * through every step (open → self-evaluation → ratings and sheets → committee → notice → finalised), and what the
 * campaign stored equals the engine's preview of the same input: total, rank, grade and pay to the yuan. Each preset
 * gets a township of its own (the database is shared by all tests of the run).
 */
@IntegrationTest
class PresetCampaignsIT {

    @Autowired
    PresetCampaigns presets;

    @Autowired
    EngineTime time;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    static Stream<String> presetCodes() {
        return PresetCampaigns.presets().stream();
    }

    @ParameterizedTest
    @MethodSource("presetCodes")
    void aFinalisedCampaignEqualsThePreviewOfItsInput(String preset) {
        PresetCampaigns.Township t = presets.township(tag(preset));
        PresetCampaigns.RestClientFactory office = presets.office(rest);
        SchemeVersion scheme = SchemePresets.load(preset);
        boolean averagesQuarters = scheme.categories().stream().anyMatch(c -> c.source() == CategorySource.PERIODS);
        int index = 0;
        if (averagesQuarters) {
            // seed 002 四(二)1: the annual result averages the finalised quarters (前三季度平均×40% + 第四季度×60%)
            String quarterly = quarterlyCompanion(scheme);
            for (int q = 1; q <= 4; q++) {
                presets.run(t, quarterly, "2025-Q" + q, index++, office);
            }
        }
        PresetCampaigns.Run run = presets.run(t, preset, period(scheme), index, office);

        assertThat(run.campaign().getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(run.results()).isNotEmpty().allSatisfy(a -> assertThat(a.getTotal())
                .isNotNull());
        Map<String, JsonNode> preview = new HashMap<>();
        run.preview()
                .path("subjects")
                .forEach(s -> preview.put(s.path("subjectId").asText(), s));
        boolean units = scheme.subjectKind() == SubjectKind.UNIT;
        for (Assessment a : run.results()) {
            String subject = String.valueOf(units ? a.getSubjectUnitId() : a.getCadreId());
            JsonNode p = preview.get(subject);
            assertThat(p).as("%s: preview of %s", preset, subject).isNotNull();
            assertThat(a.getTotal())
                    .as("%s total of %s", preset, subject)
                    .isEqualByComparingTo(p.path("total").decimalValue());
            assertThat(a.getRankNo())
                    .as("%s rank of %s", preset, subject)
                    .isEqualTo(p.path("rank").asInt());
            assertThat(a.getGrade())
                    .as("%s grade of %s", preset, subject)
                    .isEqualTo(
                            p.path("gradeCode").isMissingNode()
                                            || p.path("gradeCode").isNull()
                                    ? null
                                    : p.path("gradeCode").asText());
            BigDecimal net = p.path("pay").path("net").isMissingNode()
                            || p.path("pay").path("net").isNull()
                    ? null
                    : p.path("pay").path("net").decimalValue();
            if (net == null) {
                assertThat(a.getPay()).as("%s pay of %s", preset, subject).isNull();
            } else {
                assertThat(a.getPay()).as("%s pay of %s", preset, subject).isEqualByComparingTo(net);
            }
        }
    }

    @Autowired
    cn.kaohe.scheme.SchemeCatalog schemes;

    @org.junit.jupiter.api.Test
    void aSchemeThatFollowsTheCivilCodeDoesNotCountTheDayTheNoticeOpens() {
        // 民法典 第二百零一条: 开始的当日不计入. The committee approves on Monday 2 March 2026 at 09:00 (PresetCampaigns
        // .FIRST_OPENING): by default (before the 12:00 cut-off) Monday is the first of the 3 working days and the
        // notice ends at Thursday 00:00; with noticeOpeningDay: NEVER it runs Tuesday–Thursday and ends Friday 00:00.
        String document = SchemePresets.text("safety-production-responsibility")
                        .replace("code: safety-production-responsibility", "code: safety-production-civil-code")
                + "noticeOpeningDay: NEVER\n";
        long schemeId = schemes.create(document, cn.kaohe.scheme.SchemeDocuments.Format.YAML, null)
                .getId();
        PresetCampaigns.Township t = presets.township("CC");
        PresetCampaigns.Run run = presets.run(t, schemeId, "2025", 0, presets.office(rest));
        assertThat(run.campaign().getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(run.campaign().getNoticeStart()).isEqualTo(EngineTime.at("2026-03-03T00:00"));
        assertThat(run.campaign().getNoticeEnd()).isEqualTo(EngineTime.at("2026-03-06T00:00"));

        PresetCampaigns.Run byDefault = presets.run(
                presets.township("CD"), "safety-production-responsibility", "2025", 0, presets.office(rest));
        assertThat(byDefault.campaign().getNoticeStart()).isEqualTo(EngineTime.at("2026-03-02T09:00"));
        assertThat(byDefault.campaign().getNoticeEnd()).isEqualTo(EngineTime.at("2026-03-05T00:00"));
    }

    /** The period of the worked example: the last month, quarter or year of 2025. */
    static String period(SchemeVersion scheme) {
        return switch (scheme.cycle()) {
            case MONTHLY -> "2025-12";
            case QUARTERLY -> "2025-Q4";
            case ANNUAL -> "2025";
        };
    }

    /** The preset of the same seed that scores the quarters an annual scheme averages. */
    static String quarterlyCompanion(SchemeVersion annual) {
        List<String> found = PresetCampaigns.presets().stream()
                .filter(code -> {
                    SchemeVersion s = SchemePresets.load(code);
                    return s.cycle() == cn.kaohe.scoring.model.Cycle.QUARTERLY
                            && s.source().equals(annual.source());
                })
                .toList();
        assertThat(found).as("quarterly preset of %s", annual.source()).hasSize(1);
        return found.get(0);
    }

    /** A short tag per preset for its township's unit codes and logins. */
    static String tag(String preset) {
        return "K" + PresetCampaigns.presets().indexOf(preset);
    }
}
