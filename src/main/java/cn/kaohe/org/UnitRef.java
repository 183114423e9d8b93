package cn.kaohe.org;

/** A unit as referenced from elsewhere. */
public record UnitRef(Long id, String code, String name, UnitKind kind, String kindLabel) {}
