package cn.kaohe.scoring.model;

public enum Comparison {
    AT_LEAST,
    MORE_THAN
}
