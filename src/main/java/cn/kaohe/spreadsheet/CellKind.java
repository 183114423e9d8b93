package cn.kaohe.spreadsheet;

/** How the values of a column are written: as text, or as numbers and dates with an Excel number format. */
public enum CellKind {
    /** Text, also for codes made of digits (工号, 手机) that must not become numbers. */
    TEXT(null, 12),
    /** Whole numbers: 名次, 序号, 人数. */
    INTEGER("0", 8),
    /** Scores with one or two decimals as the scoring module rounded them: 296.0, 1014.5, 96.25. */
    SCORE("0.0#", 10),
    /** Plain decimals, e.g. 折算系数 0.5 or a quantity. */
    DECIMAL("0.####", 10),
    /** Yuan with two decimals and thousands separators. */
    MONEY("#,##0.00", 14),
    /** A share 0..1 shown as a percentage with one decimal (0.15 → 15.0%). */
    PERCENT("0.0%", 10),
    DATE("yyyy-mm-dd", 12),
    DATE_TIME("yyyy-mm-dd hh:mm", 17);

    private final String format;
    private final int minWidth;

    CellKind(String format, int minWidth) {
        this.format = format;
        this.minWidth = minWidth;
    }

    /** The Excel number format, null for text. */
    String format() {
        return format;
    }

    /** Narrowest column width in characters. */
    int minWidth() {
        return minWidth;
    }
}
