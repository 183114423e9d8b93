package cn.kaohe.scoring.model;

public enum Direction {
    DEDUCTION,
    CREDIT
}
