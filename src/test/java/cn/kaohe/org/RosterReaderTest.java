package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.shared.KaoheException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    @Test
    void readsUtf8CsvWithAndWithoutByteOrderMark() {
        String text = "工号,姓名\nA1,张喆\n\nA2,陈堃\n";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        RawRoster a = RosterReader.read("r.csv", plain);
        RawRoster b = RosterReader.read("R.CSV", bom);

        assertThat(a).isEqualTo(b);
        assertThat(a.headers()).containsExactly("工号", "姓名");
        assertThat(a.rows()).extracting(RawRoster.Row::number).containsExactly(2, 4);
        assertThat(a.rows().get(1).cells()).containsExactly("A2", "陈堃");
    }

    @Test
    void refusesCsvThatIsNotUtf8() {
        byte[] gbk = "工号,姓名\nA1,张三\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> RosterReader.read("r.csv", gbk))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.errorCode()).isEqualTo(OrgError.ROSTER_UNREADABLE))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesOtherFileTypes() {
        assertThatThrownBy(() -> RosterReader.read("roster.xls", new byte[] {1}))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.errorCode()).isEqualTo(OrgError.ROSTER_FORMAT));
    }

    @Test
    void refusesAnXlsxThatIsNot() {
        assertThatThrownBy(() -> RosterReader.read("roster.xlsx", "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.errorCode()).isEqualTo(OrgError.ROSTER_UNREADABLE));
    }

    @Test
    void readsNumbersTypedIntoXlsxCellsAsPlainDigitsAndFindsTheHeaderBelowATitle() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("干部");
            s.createRow(0).createCell(0).setCellValue("大栗港镇机关干部花名册");
            Row header = s.createRow(1);
            header.createCell(0).setCellValue("工号");
            header.createCell(1).setCellValue("手机");
            Row data = s.createRow(2);
            data.createCell(0).setCellValue(1001d);
            data.createCell(1).setCellValue(13807370001d);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        RawRoster roster = RosterReader.read("花名册.xlsx", xlsx);

        assertThat(roster.headerRow()).isEqualTo(2);
        assertThat(roster.rows()).hasSize(1);
        assertThat(roster.rows().get(0).number()).isEqualTo(3);
        assertThat(roster.rows().get(0).cells()).containsExactly("1001", "13807370001");
    }

    @Test
    void theXlsxTemplateHasEveryColumnAnExampleRowAndAHelpSheet() throws Exception {
        byte[] template = RosterTemplate.xlsx();

        RawRoster roster = RosterReader.read("template.xlsx", template);
        assertThat(roster.headers()).containsExactlyElementsOf(RosterTemplate.headers());
        var parsed = RosterRowParser.parse(roster, RosterFixtures.units());
        assertThat(parsed.skippedExamples()).isEqualTo(1);
        assertThat(parsed.problems()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet help = wb.getSheet(RosterTemplate.HELP_SHEET);
            assertThat(help).isNotNull();
            StringBuilder text = new StringBuilder();
            help.forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('|')));
            for (RosterColumn c : RosterColumn.values()) {
                assertThat(text).contains(c.header() + "|" + (c.required() ? "必填" : "选填") + "|" + c.description());
            }
        }
    }

    @Test
    void theCsvTemplateReadsBackWithItsExampleRowSkipped() {
        var parsed = RosterRowParser.parse(RosterReader.read("t.csv", RosterTemplate.csv()), RosterFixtures.units());

        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.skippedExamples()).isEqualTo(1);
        assertThat(parsed.problems()).isEmpty();
    }
}
