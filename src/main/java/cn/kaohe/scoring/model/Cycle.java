package cn.kaohe.scoring.model;

public enum Cycle {
    MONTHLY,
    QUARTERLY,
    ANNUAL
}
