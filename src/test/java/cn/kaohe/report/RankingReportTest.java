package cn.kaohe.report;

import static cn.kaohe.report.RenderedDocuments.assertChineseFontEmbedded;
import static cn.kaohe.report.RenderedDocuments.pdfText;
import static cn.kaohe.report.RenderedDocuments.workbook;
import static cn.kaohe.report.RenderedDocuments.xlsxRowStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.report.model.RankingReport;
import cn.kaohe.shared.KaoheException;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RankingReportTest {

    private final ReportRenderer renderer = SharedRenderer.INSTANCE;

    @Test
    void printsHeaderRowsAppealMarksAndSignatureLinesInChinese() {
        RenderedReport pdf = renderer.render(ReportFixtures.ranking(), ReportFormat.PDF);
        RenderedDocuments.keep(pdf);

        String text = pdfText(pdf);
        assertThat(text)
                .contains("考核结果排名表")
                .contains("乡镇：大栗港镇")
                .contains("考核批次：2021年度机关干部目标管理考核")
                .contains("考核方案：大栗港镇2021年机关干部目标管理考核实施方案第1版")
                .contains("联村工作(300)", "干部作风建设(300)", "本职工作(300)", "中心工作(100)")
                .contains("张喆", "李堃", "王玥", "欧阳德华")
                .contains("1014.5", "975.0", "296", "优秀", "合格")
                .contains("申诉中")
                .contains("取消")
                .contains("共6人。备注为“申诉中”的2人结果在申诉处理完毕前可能变更")
                .contains("镇绩效考核工作领导小组审议意见", "组长（签字）", "日期：")
                .contains("第1页/共1页")
                .contains("数据版本v7");
        assertChineseFontEmbedded(pdf);
        RenderedDocuments.assertTitleGlyphsDrawn(pdf);
        assertThat(pdf.fileName()).isEqualTo("考核结果排名表-2021年度机关干部目标管理考核.pdf");
    }

    @Test
    void exportsOneSpreadsheetRowPerCadreWithNumericScores() throws Exception {
        RenderedReport xlsx = renderer.render(ReportFixtures.ranking(), ReportFormat.XLSX);
        RenderedDocuments.keep(xlsx);

        try (XSSFWorkbook workbook = workbook(xlsx)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("考核结果排名表");
            // a data sheet (docs/adr/0015): the header is the first row, every cadre one row below it
            assertThat(RenderedDocuments.xlsxRows(xlsx).get(0))
                    .containsExactly(
                            "名次",
                            "姓名",
                            "单位",
                            "职务",
                            "联村工作(300)",
                            "干部作风建设(300)",
                            "本职工作(300)",
                            "中心工作(100)",
                            "总分",
                            "等次",
                            "评先评优资格",
                            "申诉中",
                            "备注");
            Row first = xlsxRowStartingWith(workbook, "1");
            assertThat(first.getRowNum()).isEqualTo(1);
            assertThat(RenderedDocuments.xlsxRows(xlsx).get(1))
                    .containsExactly(
                            "1",
                            "张喆",
                            "党政综合办公室",
                            "主任",
                            "296.0",
                            "298.0",
                            "300.0",
                            "100.0",
                            "1014.5",
                            "优秀",
                            "有",
                            "否",
                            "市级表彰加20分");
            var totalCell = first.getCell(8);
            assertThat(totalCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totalCell.getNumericCellValue()).isEqualTo(1014.5);
        }
    }

    @Test
    void groupsRowsByUnitKeepingTheOverallRank() {
        RankingReport grouped = new RankingReport(
                ReportFixtures.daligang2021(), ReportFixtures.daligangCategories(), true, ReportFixtures.rankingRows());

        String text = pdfText(renderer.render(grouped, ReportFormat.PDF));

        assertThat(text).contains("单位：党政综合办公室", "单位：经济发展办公室", "单位：社会事务办公室");
        // units in pinyin order; 经济发展办公室 holds ranks 2 and 4 next to each other
        assertThat(text.indexOf("单位：经济发展办公室")).isLessThan(text.indexOf("李堃")).isLessThan(text.indexOf("赵海燕"));
        assertThat(text.indexOf("赵海燕")).isLessThan(text.indexOf("单位：社会事务办公室"));
    }

    @Test
    void usesOnlyAsManyCategoryColumnsAsTheSchemeHas() {
        var twoCategories = new RankingReport(
                ReportFixtures.daligang2021(),
                List.of("工作实绩", "民主测评"),
                false,
                ReportFixtures.rankingRows().stream()
                        .map(r -> new cn.kaohe.report.model.RankingRow(
                                r.rank(),
                                r.cadreName(),
                                r.unitName(),
                                r.postName(),
                                r.categoryScores().subList(0, 2),
                                r.total(),
                                r.grade(),
                                r.excellenceEligible(),
                                r.underAppeal(),
                                r.remark()))
                        .toList());

        RenderedReport xlsx = renderer.render(twoCategories, ReportFormat.XLSX);

        assertThat(RenderedDocuments.xlsxRows(xlsx))
                .contains(List.of("名次", "姓名", "单位", "职务", "工作实绩", "民主测评", "总分", "等次", "评先评优资格", "申诉中", "备注"));
    }

    @Test
    void rejectsMoreCategoriesThanThePageHolds() {
        var seven = new RankingReport(ReportFixtures.daligang2021(), Collections.nCopies(7, "类别"), false, List.of());

        assertThatThrownBy(() -> renderer.render(seven, ReportFormat.PDF))
                .isInstanceOf(KaoheException.class)
                .satisfies(e -> assertThat(((KaoheException) e).errorCode()).isEqualTo(ReportError.TOO_MANY_CATEGORIES))
                .hasMessage("考核类别过多：共 7 个，排名表最多显示 6 个");
    }
}
