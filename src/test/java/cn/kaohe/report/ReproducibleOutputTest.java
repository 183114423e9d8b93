package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReproducibleOutputTest {

    private static final Instant DATA_TIME = Instant.parse("2021-12-28T01:30:00Z");

    @Test
    void twoRendersOfTheSameDataBecomeTheSamePdfBytes() {
        RenderedReport first = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);
        RenderedReport second = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);

        byte[] a = ReproducibleOutput.pdf(first.content(), DATA_TIME);
        byte[] b = ReproducibleOutput.pdf(second.content(), DATA_TIME);

        assertThat(a).isEqualTo(b).hasSameSizeAs(first.content());
        String text = new String(a, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/CreationDate(D:20211228013000");
        RenderedReport normalised = new RenderedReport(first.type(), first.format(), first.fileName(), a, 0);
        assertThat(RenderedDocuments.pdfText(normalised)).contains("考核结果排名表");
        RenderedDocuments.assertChineseFontEmbedded(normalised);
        RenderedDocuments.assertTitleGlyphsDrawn(normalised);
    }

    @Test
    void theFontSubsetTagsDependOnTheContent() {
        RenderedReport ranking = SharedRenderer.INSTANCE.render(ReportFixtures.ranking(), ReportFormat.PDF);
        List<RankingRow> rows = new ArrayList<>(ReportFixtures.rankingRows());
        RankingRow r = rows.get(0);
        rows.set(
                0,
                new RankingRow(
                        r.rank(),
                        r.cadreName(),
                        r.unitName(),
                        r.postName(),
                        r.categoryScores(),
                        r.total().add(BigDecimal.ONE),
                        r.grade(),
                        r.excellenceEligible(),
                        r.underAppeal(),
                        r.remark()));
        RankingReport changed =
                new RankingReport(ReportFixtures.daligang2021(), ReportFixtures.daligangCategories(), false, rows);
        RenderedReport other = SharedRenderer.INSTANCE.render(changed, ReportFormat.PDF);

        assertThat(ReproducibleOutput.pdf(other.content(), DATA_TIME))
                .isNotEqualTo(ReproducibleOutput.pdf(ranking.content(), DATA_TIME));
    }

    @Test
    void twoXlsxExportsOfTheSameDataBecomeTheSameBytes() {
        byte[] a = ReproducibleOutput.xlsx(
                SharedRenderer.INSTANCE
                        .render(ReportFixtures.ranking(), ReportFormat.XLSX)
                        .content(),
                DATA_TIME);
        byte[] b = ReproducibleOutput.xlsx(
                SharedRenderer.INSTANCE
                        .render(ReportFixtures.ranking(), ReportFormat.XLSX)
                        .content(),
                DATA_TIME);

        assertThat(a).isEqualTo(b);
        RenderedReport xlsx = new RenderedReport(ReportType.RANKING, ReportFormat.XLSX, "r.xlsx", a, 1);
        assertThat(RenderedDocuments.xlsxRows(xlsx).toString()).contains("张喆", "1014.5");
    }
}
