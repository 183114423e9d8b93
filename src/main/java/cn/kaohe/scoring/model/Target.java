package cn.kaohe.scoring.model;

/** Who a fact hits. FACT_SUBJECTS is the default. */
public enum Target {
    /** The subjects the fact names. */
    FACT_SUBJECTS,
    /** Every subject whose unit is the fact's unit (全办人员). */
    UNIT_STAFF,
    /** The head of the fact's unit (办主任). */
    UNIT_HEAD,
    /** The leadership members supervising the fact's unit (分管领导). */
    SUPERVISING_LEADER
}
