package cn.kaohe.scoring.model;

/** How a fact's points are found. */
public enum Valuation {
    /** {@code points} × quantity (迟到一次扣2分). */
    PER_OCCURRENCE,
    /** {@code levelPoints[level]} × quantity (通报批评 省30/市20/县10/镇5). */
    PER_LEVEL,
    /** The committee's figure carried by the fact, within [minPoints, maxPoints] (扣10–50分). */
    COMMITTEE,
    /** No points: the rule only has effects (discipline → pay withholding). */
    NONE
}
