package cn.kaohe.org;

import cn.kaohe.shared.KaoheException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a roster file (.xlsx through Apache POI, .csv in UTF-8 with or without BOM through
 * commons-csv) into text rows. The header row is the first of the top rows that names 工号, so a
 * title row above the header is allowed. Pure: no Spring, no database.
 */
final class RosterReader {

    /** Upper bound of data rows in one file (a township has tens to hundreds of cadres). */
    static final int MAX_ROWS = 5000;

    private static final int HEADER_SEARCH_ROWS = 5;

    private RosterReader() {}

    static RawRoster read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (content == null || content.length == 0) {
            throw new KaoheException(OrgError.ROSTER_EMPTY);
        }
        List<RawRoster.Row> rows;
        if (name.endsWith(".xlsx")) {
            rows = readXlsx(content);
        } else if (name.endsWith(".csv")) {
            rows = readCsv(content);
        } else {
            throw new KaoheException(OrgError.ROSTER_FORMAT, filename == null ? "（无文件名）" : filename);
        }
        return withHeader(rows);
    }

    private static RawRoster withHeader(List<RawRoster.Row> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            RawRoster.Row candidate = rows.get(i);
            boolean namesCode = candidate.cells().stream()
                    .anyMatch(c -> RosterColumn.ofHeader(c).orElse(null) == RosterColumn.CODE);
            if (namesCode) {
                List<RawRoster.Row> data = rows.subList(i + 1, rows.size());
                if (data.isEmpty()) {
                    throw new KaoheException(OrgError.ROSTER_EMPTY);
                }
                if (data.size() > MAX_ROWS) {
                    throw new KaoheException(OrgError.ROSTER_TOO_LARGE, MAX_ROWS);
                }
                return new RawRoster(candidate.number(), candidate.cells(), List.copyOf(data));
            }
        }
        if (rows.isEmpty()) {
            throw new KaoheException(OrgError.ROSTER_EMPTY);
        }
        // No header names 工号: the first row is taken as the header, and its missing columns are reported.
        RawRoster.Row first = rows.get(0);
        return new RawRoster(first.number(), first.cells(), List.copyOf(rows.subList(1, rows.size())));
    }

    private static List<RawRoster.Row> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(RosterTemplate.ROSTER_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<RawRoster.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter, evaluator));
                }
                addIfNotBlank(rows, row.getRowNum() + 1, cells);
                if (rows.size() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                    throw new KaoheException(OrgError.ROSTER_TOO_LARGE, MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof KaoheException k) {
                throw k;
            }
            throw new KaoheException(OrgError.ROSTER_UNREADABLE, "不是有效的 .xlsx 文件");
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            // Numbers typed into a cell (工号 1001, 手机 13807370000) must not come out as 1.38E10 or 1001.0.
            BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return n.scale() <= 0 ? n.toPlainString() : formatter.formatCellValue(cell, evaluator);
        }
        return formatter.formatCellValue(cell, evaluator).strip();
    }

    private static List<RawRoster.Row> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KaoheException(OrgError.ROSTER_UNREADABLE, "CSV 文件须为 UTF-8 编码（Excel 中另存为“CSV UTF-8”）");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // blank lines count as rows, so that row numbers match what Excel shows
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setTrim(true)
                .setIgnoreEmptyLines(false)
                .get();
        List<RawRoster.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                addIfNotBlank(rows, (int) record.getRecordNumber(), record.toList());
                if (rows.size() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                    throw new KaoheException(OrgError.ROSTER_TOO_LARGE, MAX_ROWS);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new KaoheException(OrgError.ROSTER_UNREADABLE, "CSV 格式不正确（引号未闭合？）");
        }
        return rows;
    }

    private static void addIfNotBlank(List<RawRoster.Row> rows, int number, List<String> cells) {
        List<String> stripped =
                cells.stream().map(c -> c == null ? "" : c.strip()).toList();
        if (stripped.stream().anyMatch(c -> !c.isEmpty())) {
            rows.add(new RawRoster.Row(number, stripped));
        }
    }
}
