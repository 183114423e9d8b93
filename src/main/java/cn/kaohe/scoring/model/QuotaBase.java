package cn.kaohe.scoring.model;

/** 参数: the number a grade's share (前30%左右) is taken of when some subjects are forced to a grade. */
public enum QuotaBase {
    /**
     * Default: every ranked subject of the group, those forced to a grade included (seed 002 四(二)5 "根据各被考核科室
     * 得分情况…排序，位于前30%左右的确定为优秀"); a forced subject fills its grade's quota.
     */
    ALL_RANKED,
    /** Only the subjects not forced to a grade (overrides, 一票否决 and other forcing effects left out). */
    NOT_FORCED
}
