package cn.kaohe.scoring.model;

/** 参数: the smallest amount pay is counted in. */
public enum MoneyUnit {
    /** Default: whole yuan — every seed states its amounts in 元 (260元, 3000元, 20万元). */
    YUAN(0),
    /** Fen (0.01 元), for an office that pays to the fen. */
    FEN(2);

    private final int scale;

    MoneyUnit(int scale) {
        this.scale = scale;
    }

    /** Decimal places of an amount. */
    public int scale() {
        return scale;
    }
}
