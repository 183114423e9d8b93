package cn.kaohe.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * One parsed and resolved roster row: its row number, the columns present in the file and the cadre's values as the
 * row gives them. Only the columns in {@code columns} were present; the others keep an existing cadre's values (see
 * {@link #overlay}).
 */
record RosterEntry(int row, Set<RosterColumn> columns, CadreData values) {

    RosterEntry {
        columns = columns.isEmpty() ? EnumSet.noneOf(RosterColumn.class) : EnumSet.copyOf(columns);
    }

    /** The cadre's code (工号), the key of the row. */
    String code() {
        return values.code();
    }

    String name() {
        return values.name();
    }

    /**
     * The cadre's desired state: this row's columns over {@code base} (the stored cadre), or over the
     * defaults for a new cadre (一般干部, not resident, not a leadership member, no committee role).
     */
    CadreData overlay(CadreData base) {
        boolean isNew = base == null;
        CadreData v = values;
        LeadershipRole role = has(RosterColumn.LEADERSHIP_MEMBER, RosterColumn.LEADERSHIP_ROLE) || isNew
                ? v.leadershipRole()
                : base.leadershipRole();
        Set<OrgUnit> supervised;
        if (has(RosterColumn.SUPERVISED_UNITS) || isNew) {
            supervised = v.supervisedUnits();
        } else {
            // leaving the leadership group ends the supervision
            supervised = role == null ? Set.of() : base.supervisedUnits();
        }
        return new CadreData(
                v.code(),
                v.name(),
                v.gender(),
                v.unit(),
                pick(RosterColumn.POST_TITLE, v.postTitle(), isNew ? null : base.postTitle()),
                pick(RosterColumn.POST_RANK, v.postRank(), isNew ? PostRank.STAFF : base.postRank()),
                v.staffType(),
                has(RosterColumn.VILLAGE_RESIDENT, RosterColumn.VILLAGE) || isNew ? v.village() : base.village(),
                role,
                supervised,
                has(RosterColumn.COMMITTEE_ROLES) || isNew ? v.committeeRoles() : base.committeeRoles(),
                has(RosterColumn.ASSESSMENT_LEAD) || isNew ? v.assessmentLead() : base.assessmentLead(),
                pick(RosterColumn.LOGIN_NAME, v.loginName(), isNew ? null : base.loginName()),
                pick(RosterColumn.PHONE, v.phone(), isNew ? null : base.phone()),
                v.secondment());
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
