package cn.kaohe.org;

import java.util.List;

/** A unit in the tree with its active cadre count (of the unit itself) and its children. */
public record UnitNode(
        Long id, String code, String name, UnitKind kind, String kindLabel, long cadreCount, List<UnitNode> children) {}
