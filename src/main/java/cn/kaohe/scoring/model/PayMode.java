package cn.kaohe.scoring.model;

public enum PayMode {
    NONE,
    /** 按个人所得分折算奖励到人, within the pool, never exceeding it (seed 000 四1). */
    PROPORTIONAL,
    /** Fixed amount per grade per month (seed 003 五: A 260 / B 130). */
    BY_GRADE,
    /** Unit prizes per grade with per-role amounts and fines (seed 004 第二十一、二十八条). */
    UNIT_PRIZE
}
