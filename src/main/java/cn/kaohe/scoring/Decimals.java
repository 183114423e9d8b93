package cn.kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where rounding happens. Every product and quotient inside the engine is kept at {@link #INTERNAL}
 * (4) decimals, HALF_UP. Category scores and totals are shown and ranked at {@link #DISPLAY} (2)
 * decimals, HALF_UP, rounded once at the end from the 4-decimal value. Money is whole yuan (参数 {@code pay.moneyUnit}:
 * FEN counts in fen): pool shares by the largest remainder method (the sum equals the pool exactly), other amounts
 * HALF_UP.
 */
public final class Decimals {

    public static final int INTERNAL = 4;
    public static final int DISPLAY = 2;
    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Decimals() {}

    public static BigDecimal internal(BigDecimal value) {
        return value.setScale(INTERNAL, MODE);
    }

    public static BigDecimal display(BigDecimal value) {
        return value.setScale(DISPLAY, MODE);
    }

    public static BigDecimal yuan(BigDecimal value) {
        return value.setScale(0, MODE);
    }

    /** An amount in the scheme's money unit (参数 {@code pay.moneyUnit}: whole yuan by default, or fen), HALF_UP. */
    public static BigDecimal money(BigDecimal value, cn.kaohe.scoring.model.MoneyUnit unit) {
        return value.setScale(unit.scale(), MODE);
    }

    public static BigDecimal mul(BigDecimal a, BigDecimal b) {
        return internal(a.multiply(b));
    }

    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, INTERNAL, MODE);
    }

    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return div(value.multiply(percent), HUNDRED);
    }

    /** Plain text of a number without trailing zeros, for Chinese descriptions. */
    public static String text(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
