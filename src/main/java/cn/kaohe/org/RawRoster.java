package cn.kaohe.org;

import java.util.List;

/**
 * A roster file as text: the header row and the non-blank data rows, with the row numbers a user sees
 * in Excel (1-based, counting the header and any title rows above it).
 */
record RawRoster(int headerRow, List<String> headers, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
