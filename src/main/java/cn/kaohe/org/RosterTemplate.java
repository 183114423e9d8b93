package cn.kaohe.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable roster template: the header row, one example row (工号 starting with 示例, skipped
 * on import) and, in the .xlsx, a 说明 sheet describing every column.
 */
public final class RosterTemplate {

    public static final String ROSTER_SHEET = "花名册";
    public static final String HELP_SHEET = "说明";
    public static final String EXAMPLE_CODE = "示例0001";

    private RosterTemplate() {}

    static List<String> headers() {
        return Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList();
    }

    static List<String> exampleRow() {
        return Arrays.stream(RosterColumn.values())
                .map(c -> c == RosterColumn.CODE ? EXAMPLE_CODE : c.example())
                .toList();
    }

    /** UTF-8 with BOM, so that Excel opens the Chinese headers correctly. */
    public static byte[] csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headers());
            printer.printRecord(exampleRow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());

            Sheet roster = workbook.createSheet(ROSTER_SHEET);
            Row headerRow = roster.createRow(0);
            Row example = roster.createRow(1);
            RosterColumn[] columns = RosterColumn.values();
            for (int i = 0; i < columns.length; i++) {
                Cell h = headerRow.createCell(i);
                h.setCellValue(columns[i].header());
                h.setCellStyle(columns[i].required() ? requiredHeader : header);
                Cell e = example.createCell(i);
                e.setCellValue(exampleRow().get(i));
                e.setCellStyle(text);
                // text format for the whole column: 工号 and 手机 stay text (no 1.38E+10)
                roster.setDefaultColumnStyle(i, text);
                roster.setColumnWidth(i, Math.max(10, columns[i].header().length() * 2 + 4) * 256);
            }
            roster.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(HELP_SHEET);
            String[][] intro = {
                {"花名册导入说明"},
                {"1. 在「花名册」工作表第 1 行之下逐行填写，每人一行；示例行（工号以“示例”开头）导入时自动跳过，可删除。"},
                {"2. 橙色表头为必填列；可删去不需要的选填列：文件中没有的列，导入时不改动系统中已有的该项内容。"},
                {"3. 再次导入时按工号更新已有干部，不会重复建人；每处改动都记入审计日志。"},
                {"4. 任何一行有错时整个文件都不导入，并列出每一处错误（行号、列名、原因）；可先“仅校验”（dryRun=true）。"},
                {"5. 也可上传 UTF-8 编码的 .csv 文件（Excel 另存为“CSV UTF-8”），列名相同。"},
                {""},
                {"列名", "是否必填", "填写要求", "示例"}
            };
            int r = 0;
            for (String[] line : intro) {
                Row row = help.createRow(r++);
                for (int i = 0; i < line.length; i++) {
                    row.createCell(i).setCellValue(line[i]);
                }
            }
            help.getRow(0).getCell(0).setCellStyle(header);
            for (int i = 0; i < 4; i++) {
                help.getRow(r - 1).getCell(i).setCellStyle(header);
            }
            for (RosterColumn c : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.header());
                row.createCell(1).setCellValue(c.required() ? "必填" : "选填");
                row.createCell(2).setCellValue(c.description());
                row.createCell(3).setCellValue(c.example());
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 90 * 256);
            help.setColumnWidth(3, 20 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
