package cn.kaohe.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.report.ReportFixtures;
import cn.kaohe.report.model.ReportDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report's XLSX is a data sheet: one header row in Chinese, numbers as numbers, filter, frozen header. */
class ReportDataSheetsTest {

    static Stream<ReportDocument> documents() {
        return Stream.of(
                ReportFixtures.ranking(),
                ReportFixtures.gradeDistribution(),
                ReportFixtures.publicNotice(),
                ReportFixtures.performancePay(new BigDecimal("60000")),
                ReportFixtures.appealRegister(),
                ReportFixtures.annualRollup(),
                ReportFixtures.scoreSheets(),
                ReportFixtures.resultNotices());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everySheetHasOneFilteredFrozenChineseHeaderRowAndOneRowPerRecord(ReportDocument document) throws IOException {
        try (XSSFWorkbook workbook = open(ReportDataSheets.xlsx(document))) {
            XSSFSheet data = workbook.getSheetAt(0);
            Row header = data.getRow(0);
            for (Cell cell : header) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as("header").containsPattern("\\p{IsHan}");
            }
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            CellRangeAddress filter = filterOf(data);
            assertThat(filter.getFirstRow()).isZero();
            assertThat(filter.getLastRow()).isEqualTo(data.getLastRowNum());
            assertThat(filter.getLastColumn()).isEqualTo(header.getLastCellNum() - 1);
            // no merged cells, no title or totals inside the data
            assertThat(data.getNumMergedRegions()).isZero();
            if (!(document instanceof cn.kaohe.report.model.ScoreSheetReport)) {
                assertThat(data.getLastRowNum()).isEqualTo(document.rows().size());
            }
            // the print layout's surroundings are on 说明
            XSSFSheet info = workbook.getSheet("说明");
            assertThat(text(info)).contains(List.of("名称", document.type().title()));
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo(document.type().title());
        }
    }

    @Test
    void rankingScoresAreNumericCellsUnderTheSchemeCategoryHeaders() throws IOException {
        try (XSSFWorkbook workbook = open(ReportDataSheets.xlsx(ReportFixtures.ranking()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("考核结果排名表");
            assertThat(text(sheet).get(0))
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
            Row first = sheet.getRow(1);
            for (int c : new int[] {0, 4, 5, 6, 7, 8}) {
                assertThat(first.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(296.0);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1014.5);
            assertThat(text(sheet).get(1))
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
            // 王玥 is under appeal
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo("是");
            assertThat(text(workbook.getSheet("说明")))
                    .contains(List.of("乡镇", "大栗港镇"), List.of("数据版本", "v7"), List.of("数据时间", "2021-12-28 09:30"));
        }
    }

    @Test
    void sharesAreNumericPercentagesAndMoneyIsNumericYuan() throws IOException {
        // seed 003 四: A等比例不高于10% — 3 of 20 is 15.0%
        try (XSSFWorkbook workbook = open(ReportDataSheets.xlsx(ReportFixtures.gradeDistribution()))) {
            Row a = workbook.getSheetAt(0).getRow(1);
            assertThat(a.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCell(2).getNumericCellValue()).isEqualTo(0.15);
            assertThat(text(workbook.getSheetAt(0))).contains(List.of("A", "3", "15.0%", "≤ 10%", "违反"));
            assertThat(workbook.getSheetName(1)).isEqualTo("子群体比例要求");
            assertThat(text(workbook.getSheetAt(1))).contains(List.of("A", "驻村干部", "≥ 50%", "3", "1", "33.3%", "违反"));
        }
        try (XSSFWorkbook workbook =
                open(ReportDataSheets.xlsx(ReportFixtures.performancePay(new BigDecimal("60000"))))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(text(workbook.getSheetAt(0)).get(0)).contains("核定基数（元）", "应发金额（元）");
            assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(10145.0);
            assertThat(new DataFormatter().formatCellValue(first.getCell(10))).isEqualTo("10,145.00");
            assertThat(text(workbook.getSheet("说明"))).contains(List.of("奖金总额（元）", "60000"));
        }
    }

    @Test
    void appealTimesAreDateCells() throws IOException {
        try (XSSFWorkbook workbook = open(ReportDataSheets.xlsx(ReportFixtures.appealRegister()))) {
            Cell filed = workbook.getSheetAt(0).getRow(1).getCell(3);
            assertThat(filed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(filed)).isTrue();
            assertThat(filed.getLocalDateTimeCellValue())
                    .isEqualTo(ReportFixtures.appealRegister().rows().get(0).filedAt());
        }
    }

    @Test
    void aLargeRankingStreamsIntoOneSheet() throws IOException {
        byte[] xlsx = ReportDataSheets.xlsx(ReportFixtures.largeRanking(20_000));
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(20_000);
            assertThat(sheet.getRow(20_000).getCell(0).getNumericCellValue()).isEqualTo(20_000.0);
            assertThat(filterOf(sheet).getLastRow()).isEqualTo(20_000);
        }
    }

    @Test
    void theSameDocumentGivesTheSameWorkbookContent() throws IOException {
        try (XSSFWorkbook a = open(ReportDataSheets.xlsx(ReportFixtures.ranking()));
                XSSFWorkbook b = open(ReportDataSheets.xlsx(ReportFixtures.ranking()))) {
            assertThat(text(a.getSheetAt(0))).isEqualTo(text(b.getSheetAt(0)));
            assertThat(a.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(b.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(ReportFixtures.GENERATED_AT
                            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant()));
        }
    }

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static CellRangeAddress filterOf(XSSFSheet sheet) {
        assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                .as("auto-filter on %s", sheet.getSheetName())
                .isTrue();
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
    }

    /** Each row's cells as Excel shows them (blank cells as ""). */
    static List<List<String>> text(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
