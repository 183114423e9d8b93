package cn.kaohe.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * One parsed and resolved roster row. Only the columns in {@code columns} were present in the file;
 * the others keep an existing cadre's values (see {@link #overlay}).
 */
record RosterEntry(
        int row,
        Set<RosterColumn> columns,
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

    RosterEntry {
        columns = columns.isEmpty() ? EnumSet.noneOf(RosterColumn.class) : EnumSet.copyOf(columns);
        supervisedUnits = Set.copyOf(supervisedUnits);
        committeeRoles = Set.copyOf(committeeRoles);
    }

    /**
     * The cadre's desired state: this row's columns over {@code base} (the stored cadre), or over the
     * defaults for a new cadre (一般干部, not resident, not a leadership member, no committee role).
     */
    CadreData overlay(CadreData base) {
        boolean isNew = base == null;
        LeadershipRole role = has(RosterColumn.LEADERSHIP_MEMBER, RosterColumn.LEADERSHIP_ROLE) || isNew
                ? leadershipRole
                : base.leadershipRole();
        Set<OrgUnit> supervised;
        if (has(RosterColumn.SUPERVISED_UNITS) || isNew) {
            supervised = supervisedUnits;
        } else {
            // leaving the leadership group ends the supervision
            supervised = role == null ? Set.of() : base.supervisedUnits();
        }
        return new CadreData(
                code,
                name,
                gender,
                unit,
                pick(RosterColumn.POST_TITLE, postTitle, isNew ? null : base.postTitle()),
                pick(RosterColumn.POST_RANK, postRank, isNew ? PostRank.STAFF : base.postRank()),
                staffType,
                has(RosterColumn.VILLAGE_RESIDENT, RosterColumn.VILLAGE) || isNew ? village : base.village(),
                role,
                supervised,
                has(RosterColumn.COMMITTEE_ROLES) || isNew ? committeeRoles : base.committeeRoles(),
                has(RosterColumn.ASSESSMENT_LEAD) || isNew ? assessmentLead : base.assessmentLead(),
                pick(RosterColumn.LOGIN_NAME, loginName, isNew ? null : base.loginName()),
                pick(RosterColumn.PHONE, phone, isNew ? null : base.phone()),
                secondment);
    }

    private <T> T pick(RosterColumn column, T fromRow, T fallback) {
        return columns.contains(column) ? fromRow : fallback;
    }

    private boolean has(RosterColumn... any) {
        for (RosterColumn c : any) {
            if (columns.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
