package cn.kaohe.spreadsheet;

import java.util.List;
import java.util.Objects;

/**
 * A sheet of one header row and one row per record.
 *
 * @param name the sheet's name (at most 31 characters; characters Excel forbids become _)
 * @param rows the records in the order they are written; may be large (written through a streaming workbook)
 */
public record DataSheet<R>(String name, List<Column<R>> columns, Iterable<? extends R> rows) {

    public DataSheet {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a data sheet needs at least one column");
        }
    }

    /** The headers in column order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
