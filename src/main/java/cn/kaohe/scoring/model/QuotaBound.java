package cn.kaohe.scoring.model;

public enum QuotaBound {
    AT_MOST,
    ABOUT,
    AT_LEAST
}
