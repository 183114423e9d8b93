package cn.kaohe.org;

import java.util.List;

/** One unit: where it sits, what is below it and who supervises it (分管领导). */
public record UnitDetail(
        Long id,
        String code,
        String name,
        UnitKind kind,
        String kindLabel,
        UnitRef parent,
        List<UnitRef> children,
        List<CadreRef> supervisingLeaders,
        long cadreCount) {}
