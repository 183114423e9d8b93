package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reports above the row threshold are filled through the swap-file virtualizer and stay complete. */
class VirtualizedRenderingTest {

    @Test
    void rendersALargeRankingThroughTheVirtualizerWithAllRowsAndPages() {
        ReportRenderer renderer = new ReportRenderer(new ReportProperties(100, 5, null));

        RenderedReport pdf = renderer.render(ReportFixtures.largeRanking(1500), ReportFormat.PDF);

        assertThat(pdf.pageCount()).isGreaterThan(40);
        assertThat(RenderedDocuments.pdfPages(pdf)).isEqualTo(pdf.pageCount());
        String text = RenderedDocuments.pdfText(pdf);
        assertThat(text).contains("1500欧阳建军", "共1500人", "第" + pdf.pageCount() + "页/共" + pdf.pageCount() + "页");
    }
}
