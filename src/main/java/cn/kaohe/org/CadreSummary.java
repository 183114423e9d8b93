package cn.kaohe.org;

/** A cadre in a list. */
public record CadreSummary(
        Long id,
        String code,
        String name,
        Gender gender,
        String genderLabel,
        UnitRef unit,
        String postTitle,
        PostRank postRank,
        String postRankLabel,
        StaffType staffType,
        String staffTypeLabel,
        UnitRef village,
        LeadershipRole leadershipRole,
        String leadershipRoleLabel,
        String loginName,
        boolean active) {

    static CadreSummary of(Cadre c) {
        return new CadreSummary(
                c.getId(),
                c.getCode(),
                c.getName(),
                c.getGender(),
                c.getGender().label(),
                Views.unit(c.getUnit()),
                c.getPostTitle(),
                c.getPostRank(),
                c.getPostRank().label(),
                c.getStaffType(),
                c.getStaffType().label(),
                Views.unit(c.getVillage()),
                c.getLeadershipRole(),
                Views.label(c.getLeadershipRole()),
                c.getLoginName(),
                c.isActive());
    }
}
