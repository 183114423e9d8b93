package cn.kaohe.org;

import java.util.Set;

/**
 * The desired state of a cadre, with its references resolved; what the roster import and the API
 * apply. {@code secondment} is added (or replaces the one starting the same month) when not null;
 * existing secondments are never removed by it.
 */
public record CadreData(
        String code,
        String name,
        Gender gender,
        OrgUnit unit,
        String postTitle,
        PostRank postRank,
        StaffType staffType,
        OrgUnit village,
        LeadershipRole leadershipRole,
        Set<OrgUnit> supervisedUnits,
        Set<CommitteeRole> committeeRoles,
        boolean assessmentLead,
        String loginName,
        String phone,
        SecondmentTerm secondment) {

    public CadreData {
        supervisedUnits = Set.copyOf(supervisedUnits);
        committeeRoles = Set.copyOf(committeeRoles);
    }
}
