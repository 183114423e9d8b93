package cn.kaohe.scoring.model;

public enum SubjectKind {
    CADRE,
    UNIT
}
