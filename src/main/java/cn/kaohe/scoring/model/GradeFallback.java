package cn.kaohe.scoring.model;

/** What a subject without a mapped grade gets (seed 000 三(一): 未参与驻村的取各村平均值). */
public enum GradeFallback {
    NONE,
    AVERAGE_OF_RATED
}
