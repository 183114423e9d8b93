package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The roster (干部名册) and the ledger (台账) export to Excel data sheets for the office (docs/adr/0015); the roster
 * export is in the import template's columns, so importing it again changes nothing.
 */
@IntegrationTest
class SpreadsheetExportsIT {

    @Autowired
    OrgService org;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    LedgerService ledger;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate anonymous;

    TestTownship t;

    // 工号,姓名,性别,单位,职务,职级,人员类别,是否驻村,驻村村名,是否班子成员,班子职务,分管单位,绩考职务,全面负责绩考,登录名,手机,借调单位,借调起止
    @BeforeEach
    void township() {
        t = new TestTownship(org);
        rosterImport.importRoster(
                "t.csv",
                t.csv(
                        "T{T}-01,王锋,男,@镇,党委书记,主要负责人,在编,,,是,党委书记,,,,wf{login},,,",
                        "T{T}-03,邓光明,男,@镇,副镇长,副职,在编,,,是,副镇长,@财政所、@栗山村,成员,,,13807370001,,",
                        "T{T}-11,陈堃,男,@党建办,党建办主任,主要负责人,在编,,,,,,成员,,ck{login},0737-7654321,,",
                        "T{T}-12,谭玥,女,@党建办,科员,一般干部,聘用,是,@栗山村,,,,,,,,,",
                        "T{T}-22,薛敏,女,@财政所,出纳,一般干部,借调,,,,,,,,,,县财政局,2021-01~2021-06"),
                false,
                "测试");
    }

    @Test
    void theRosterExportsInTheImportColumnsAndImportsBackUnchanged() throws Exception {
        ResponseEntity<byte[]> file =
                users.office(anonymous).getForEntity("/api/roster/export?unitId=" + t.township.id(), byte[].class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(ContentDisposition.parse(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                        .getFilename())
                .isEqualTo("干部名册.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            XSSFSheet sheet = workbook.getSheet(RosterTemplate.ROSTER_SHEET);
            assertThat(workbook.getSheetIndex(sheet)).isZero();
            assertDataSheet(sheet, 5);
            assertThat(cells(sheet.getRow(0))).isEqualTo(RosterTemplate.headers());
            List<String> chen = rowOf(sheet, t.code("11"));
            assertThat(chen)
                    .containsExactly(
                            t.code("11"),
                            "陈堃",
                            "男",
                            t.office.name(),
                            "党建办主任",
                            "主要负责人",
                            "在编",
                            "否",
                            "",
                            "否",
                            "",
                            "",
                            "成员",
                            "否",
                            "ck" + t.tag.toLowerCase(),
                            "0737-7654321",
                            "",
                            "");
            // 工号 and 手机 are text cells (no 1.38E+10)
            Row deng = sheet.getRow(rowIndexOf(sheet, t.code("03")));
            assertThat(deng.getCell(RosterColumn.PHONE.ordinal()).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rowOf(sheet, t.code("03")).get(RosterColumn.SUPERVISED_UNITS.ordinal()))
                    .isEqualTo(t.finance.name() + "、" + t.village.name());
            assertThat(rowOf(sheet, t.code("22")).subList(16, 18)).containsExactly("县财政局", "2021-01~2021-06");
        }

        // round trip: the exported file is a valid roster, and nothing in it differs from the system
        ImportSummary again = rosterImport.importRoster("干部名册.xlsx", file.getBody(), true, "导出后再导入");
        assertThat(again.rows()).isEqualTo(5);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).as("updated: %s", again.updatedCodes()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
    }

    @Test
    void theLedgerExportsOneNumericRowPerEntryForTheOfficeOnly() throws Exception {
        schemes.importPreset("daligang-2021", null);
        long cadre = org.cadreByCode(t.code("12")).cadre().id();
        LocalDate day = LocalDate.of(2026, 3, 2);
        // seed 000 三(二)1: 迟到一次，扣2分 — two latenesses on one day
        var entry = ledger.record(new RecordFact(
                "LATENESS",
                null,
                day,
                cadre,
                null,
                new BigDecimal("2"),
                null,
                null,
                null,
                null,
                "党政办考勤通报",
                "考勤表",
                null));
        ledger.reverse(entry.getId(), "考勤记录有误");

        ResponseEntity<byte[]> file =
                users.office(anonymous).getForEntity("/api/ledger/export?from=2026-03-02&to=2026-03-02", byte[].class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("台账");
            assertThat(cells(sheet.getRow(0)))
                    .startsWith("编号", "发生日期", "事项类型", "事项名称", "级别", "工号", "干部", "单位", "数量", "分值", "金额（元）");
            int original = rowIndexOf(sheet, String.valueOf(entry.getId()));
            Row row = sheet.getRow(original);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(day);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("谭玥");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(t.office.name());
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2.0);
            // the correction is its own row naming the entry it reverses
            List<Row> reversals = new ArrayList<>();
            for (Row r : sheet) {
                Cell reverses = r.getCell(18);
                if (r.getRowNum() > 0
                        && reverses != null
                        && reverses.getCellType() == CellType.NUMERIC
                        && reverses.getNumericCellValue() == entry.getId()) {
                    reversals.add(r);
                }
            }
            assertThat(reversals).hasSize(1);
            assertDataSheet(sheet, sheet.getLastRowNum());
        }

        var cadreAnswer =
                users.as(anonymous, "wf" + t.tag.toLowerCase()).getForEntity("/api/ledger/export", String.class);
        assertThat(cadreAnswer.getStatusCode().value()).isEqualTo(403);
    }

    private static void assertDataSheet(XSSFSheet sheet, int dataRows) {
        assertThat(sheet.getLastRowNum()).isEqualTo(dataRows);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        CellRangeAddress filter =
                CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
        assertThat(filter.getFirstRow()).isZero();
        assertThat(filter.getLastRow()).isEqualTo(dataRows);
        for (Cell header : sheet.getRow(0)) {
            assertThat(header.getStringCellValue()).containsPattern("\\p{IsHan}");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    private static int rowIndexOf(XSSFSheet sheet, String first) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && formatter.formatCellValue(row.getCell(0)).equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<String> rowOf(XSSFSheet sheet, String code) {
        List<String> cells = new ArrayList<>(cells(sheet.getRow(rowIndexOf(sheet, code))));
        while (cells.size() < RosterColumn.values().length) {
            cells.add("");
        }
        return cells;
    }
}
