package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.ReportHeader;
import org.junit.jupiter.api.Test;

class DataVersionsTest {

    @Test
    void theSameDataGiveTheSameVersion() {
        assertThat(DataVersions.of(ReportFixtures.ranking()))
                .isEqualTo(DataVersions.of(ReportFixtures.ranking()))
                .hasSize(DataVersions.LENGTH)
                .matches("[0-9a-f]+");
    }

    @Test
    void theVersionPrintedInTheHeaderDoesNotChangeTheVersion() {
        RankingReport ranking = ReportFixtures.ranking();
        String version = DataVersions.of(ranking);

        RankingReport stamped = (RankingReport) DataVersions.withVersion(ranking, version);

        assertThat(stamped.header().dataVersion()).isEqualTo(version);
        assertThat(DataVersions.of(stamped)).isEqualTo(version);
    }

    @Test
    void changedDataGiveAnotherVersion() {
        RankingReport ranking = ReportFixtures.ranking();
        ReportHeader h = ranking.header();
        RankingReport later = new RankingReport(
                new ReportHeader(
                        h.township(),
                        h.campaign(),
                        h.schemeVersion(),
                        h.period(),
                        h.committee(),
                        null,
                        h.generatedAt().plusMinutes(1)),
                ranking.categoryNames(),
                ranking.groupByUnit(),
                ranking.rows());
        RankingReport grouped = new RankingReport(ranking.header(), ranking.categoryNames(), true, ranking.rows());

        assertThat(DataVersions.of(later)).isNotEqualTo(DataVersions.of(ranking));
        assertThat(DataVersions.of(grouped)).isNotEqualTo(DataVersions.of(ranking));
    }
}
