package cn.kaohe.scoring.model;

public enum EffectKind {
    /** Loses 评先评优资格. */
    NO_EXCELLENCE,
    /** {@code percent} of the pay is withheld (扣发); the largest triggered percent wins. */
    WITHHOLD_PAY,
    /** Pay weight multiplied by {@code percent}/100 (50% caps: 非在编, no real work). */
    PAY_FACTOR,
    /** Grade no better than {@code value} (seed 003 C/D triggers, seed 004 第二十七条). */
    GRADE_AT_MOST,
    /** Grade is {@code value} whatever the score. */
    GRADE_FORCE,
    /** A recorded consequence {@code value} (e.g. 约谈, 年度定为基本称职或不称职) with its reason. */
    CONSEQUENCE
}
