package cn.kaohe.spreadsheet;

import cn.kaohe.shared.KaoheZone;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@link DataSheet}s into one XLSX through POI's streaming workbook (a window of rows in memory, the rest
 * on disk, so a sheet of 100,000 rows needs little heap). Every sheet: row 1 is the header (bold, filled), then
 * one row per record; numeric columns hold numeric cells with a number format, date columns date cells; the
 * header is frozen and an auto-filter covers the whole table. A last sheet 说明 lists where the data came from
 * (项目 / 内容). The document's creation time is the data's time, so the same data gives the same file.
 */
public final class DataSheetWriter {

    /** Name of the sheet that describes the workbook. */
    public static final String INFO_SHEET = "说明";

    private static final ZoneId ZONE = KaoheZone.ZONE;
    private static final int WINDOW_ROWS = 200;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_CELL_TEXT = 32_767;

    private DataSheetWriter() {}

    /**
     * What the workbook is: its title (document property and first line of 说明), the lines of 说明 in order
     * and the time the data was taken (document creation time).
     */
    public record Info(String title, Map<String, String> lines, LocalDateTime dataTime) {

        public Info {
            lines = lines == null ? Map.of() : new LinkedHashMap<>(lines);
        }
    }

    /** The workbook as bytes: the data sheets in order, then 说明. */
    public static byte[] write(Info info, List<? extends DataSheet<?>> sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            List<String> used = new ArrayList<>();
            for (DataSheet<?> sheet : sheets) {
                writeSheet(workbook, styles, uniqueName(sheet.name(), used), sheet);
            }
            writeSheet(workbook, styles, uniqueName(INFO_SHEET, used), infoSheet(info));
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(info.title());
            properties.setCreator("Kaohe 考核");
            if (info.dataTime() != null) {
                properties.setCreated(
                        Optional.of(Date.from(info.dataTime().atZone(ZONE).toInstant())));
            }
            workbook.write(out);
            return repack(out.toByteArray(), info.dataTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files are already gone (dispose)
            }
        }
    }

    /**
     * Re-zips the workbook with plain deflated entries stamped with the data time: POI's streaming workbook
     * writes stored entries with data descriptors, which {@link ZipInputStream} cannot read back.
     */
    private static byte[] repack(byte[] xlsx, LocalDateTime dataTime) throws IOException {
        long time = dataTime == null ? 0L : dataTime.atZone(ZONE).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static DataSheet<Map.Entry<String, String>> infoSheet(Info info) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        if (info.title() != null) {
            lines.add(Map.entry("名称", info.title()));
        }
        lines.addAll(info.lines().entrySet());
        return new DataSheet<>(
                INFO_SHEET,
                List.of(Column.text("项目", Map.Entry::getKey), Column.text("内容", Map.Entry::getValue)),
                lines);
    }

    private static <R> void writeSheet(SXSSFWorkbook workbook, Styles styles, String name, DataSheet<R> data) {
        SXSSFSheet sheet = workbook.createSheet(name);
        List<Column<R>> columns = data.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(column.kind().minWidth(), displayWidth(column.header()) + 3);
        }
        int r = 0;
        for (R record : data.rows()) {
            Row row = sheet.createRow(++r);
            for (int c = 0; c < columns.size(); c++) {
                Column<R> column = columns.get(c);
                Object value = column.value().apply(record);
                if (value != null) {
                    int width = write(row.createCell(c), column.kind(), value, styles);
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, width + 2));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Writes one value; answers its display width in characters. */
    private static int write(Cell cell, CellKind kind, Object value, Styles styles) {
        if (value instanceof Boolean b) {
            value = b ? "是" : "否";
        }
        if (kind == CellKind.TEXT || value instanceof CharSequence) {
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            if (text.length() > MAX_CELL_TEXT) {
                text = text.substring(0, MAX_CELL_TEXT);
            }
            cell.setCellValue(text);
            cell.setCellStyle(styles.text);
            return displayWidth(text);
        }
        cell.setCellStyle(styles.of(kind));
        if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
            return n.toString().length() + 2;
        }
        if (value instanceof OffsetDateTime t) {
            value = t.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime t) {
            value = t.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            return 16;
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            return 10;
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as " + kind);
    }

    /** Width in Excel characters: CJK and full-width characters count twice. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 && isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2E80 && cp <= 0x2FDF);
    }

    private static String uniqueName(String wanted, List<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "数据" : wanted, '_');
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name);
        return name;
    }

    /** One style per cell kind (a workbook holds at most 64,000 styles: never one per cell). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        private final Map<CellKind, CellStyle> byKind = new EnumMap<>(CellKind.class);

        Styles(SXSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (CellKind kind : CellKind.values()) {
                if (kind.format() != null) {
                    CellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
                    byKind.put(kind, style);
                }
            }
        }

        CellStyle of(CellKind kind) {
            return byKind.getOrDefault(kind, text);
        }
    }
}
