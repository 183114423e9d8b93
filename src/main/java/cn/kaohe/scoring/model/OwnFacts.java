package cn.kaohe.scoring.model;

/**
 * 参数: a derived subject's own ledger facts when the average it takes already contains them (seed 000 names both
 * "班子成员…取所分管办…人员平均分" (一) and "分管领导和全办人员每人扣30分" (三(三)1)).
 */
public enum OwnFacts {
    /**
     * Default: the leader's own facts apply on top of the average, also a fact that hit the supervised staff too —
     * 三(三)1 names 分管领导 beside 全办人员 as one more person who is deducted.
     */
    ON_TOP,
    /** A fact that also hit one of the averaged subjects counts only through the average; the leader's other facts apply. */
    IN_AVERAGE_ONLY
}
