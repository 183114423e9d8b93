package cn.kaohe.spreadsheet;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a data sheet: its Chinese header, how its cells are written and how a record gives its value.
 * The value may be a {@link Number}, a {@link CharSequence}, a {@link java.time.LocalDate},
 * {@link java.time.LocalDateTime} or {@link java.time.OffsetDateTime} (shown in Asia/Shanghai), a
 * {@link Boolean} (是/否) or null (blank cell).
 */
public record Column<R>(String header, CellKind kind, Function<? super R, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <R> Column<R> text(String header, Function<? super R, ?> value) {
        return new Column<>(header, CellKind.TEXT, value);
    }

    public static <R> Column<R> of(String header, CellKind kind, Function<? super R, ?> value) {
        return new Column<>(header, kind, value);
    }
}
