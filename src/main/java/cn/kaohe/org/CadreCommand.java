package cn.kaohe.org;

/**
 * What the API sends to create or update a cadre (units by id). Supervision and committee roles are
 * changed through their own operations; {@code secondment}, when given, is added (or replaces the one
 * starting the same month).
 */
public record CadreCommand(
        String code,
        String name,
        Gender gender,
        Long unitId,
        String postTitle,
        PostRank postRank,
        StaffType staffType,
        Long villageId,
        LeadershipRole leadershipRole,
        String loginName,
        String phone,
        SecondmentTerm secondment) {}
