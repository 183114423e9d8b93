package cn.kaohe.org;

import java.util.List;

/**
 * A cadre's state in plain values (codes instead of references): written to the audit trail as
 * before/after, and compared to tell an update from "unchanged".
 */
public record CadreSnapshot(
        String code,
        String name,
        Gender gender,
        String unit,
        String postTitle,
        PostRank postRank,
        StaffType staffType,
        String village,
        LeadershipRole leadershipRole,
        List<String> supervisedUnits,
        List<CommitteeRole> committeeRoles,
        boolean assessmentLead,
        String loginName,
        String phone,
        boolean active,
        List<String> secondments) {

    static CadreSnapshot of(Cadre c) {
        return new CadreSnapshot(
                c.getCode(),
                c.getName(),
                c.getGender(),
                c.getUnit().getCode(),
                c.getPostTitle(),
                c.getPostRank(),
                c.getStaffType(),
                c.getVillage() == null ? null : c.getVillage().getCode(),
                c.getLeadershipRole(),
                c.getSupervisedUnits().stream().map(OrgUnit::getCode).sorted().toList(),
                c.getCommitteeRoles().stream().sorted().toList(),
                c.isAssessmentLead(),
                c.getLoginName(),
                c.getPhone(),
                c.isActive(),
                c.getSecondments().stream()
                        .map(s -> s.getHostOrganisation() + " " + s.getFromMonth() + "~"
                                + (s.getToMonth() == null ? "" : s.getToMonth()))
                        .toList());
    }
}
