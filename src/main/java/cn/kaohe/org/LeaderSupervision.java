package cn.kaohe.org;

import java.util.List;

/** A leadership member (班子成员) and the units they supervise (分管). */
public record LeaderSupervision(
        CadreRef leader, LeadershipRole role, String roleLabel, List<UnitRef> units, long supervisedCadreCount) {}
