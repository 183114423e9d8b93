package cn.kaohe.scoring.model;

public enum RollUpSource {
    /** The subject's own prior results. */
    SELF,
    /** The prior results of the village the subject is resident in (seed 003 六3). */
    VILLAGE
}
