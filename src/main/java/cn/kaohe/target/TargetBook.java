package cn.kaohe.target;

/** The key of a unit's target book: scheme version, unit, period and the COMPLETION category it feeds. */
public record TargetBook(long schemeVersionId, long unitId, String periodLabel, String categoryId) {}
