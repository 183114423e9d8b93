package cn.kaohe.org;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Rules every cadre satisfies, whether it comes from the roster or from the API. Pure: reports each
 * violation with the roster column it concerns (the API maps it to its own field names).
 */
public final class CadreRules {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    public static final Pattern LOGIN_NAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    /** A mainland mobile number, or a landline with area code (0737-7654321 or 07377654321). */
    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    public static final int NAME_MAX = 50;
    public static final int POST_TITLE_MAX = 100;
    public static final int HOST_MAX = 100;

    private static final Set<CommitteeRole> EXCLUSIVE =
            EnumSet.of(CommitteeRole.DIRECTOR, CommitteeRole.DEPUTY_DIRECTOR, CommitteeRole.MEMBER);

    private CadreRules() {}

    /**
     * Checks the rules that need only this cadre.
     *
     * @param data the desired state
     * @param hasSecondment whether the cadre will have at least one secondment (new or stored)
     * @param problem receives (column, zh-CN message) for each violation
     */
    public static void check(CadreData data, boolean hasSecondment, BiConsumer<RosterColumn, String> problem) {
        if (data.village() != null && !data.village().getKind().isVillage()) {
            problem.accept(RosterColumn.VILLAGE, "「" + data.village().getName() + "」不是村或社区，不能驻村");
        }
        if (data.leadershipRole() == null && !data.supervisedUnits().isEmpty()) {
            problem.accept(RosterColumn.SUPERVISED_UNITS, "只有班子成员才能分管单位");
        }
        if (data.assessmentLead() && data.committeeRoles().isEmpty()) {
            problem.accept(RosterColumn.ASSESSMENT_LEAD, "全面负责绩考工作的须是考核领导小组成员（填写绩考职务）");
        }
        if (data.committeeRoles().stream().filter(EXCLUSIVE::contains).count() > 1) {
            problem.accept(RosterColumn.COMMITTEE_ROLES, "主任、副主任、成员只能担任其一");
        }
        if (data.staffType() == StaffType.SECONDED && !hasSecondment) {
            problem.accept(RosterColumn.SECONDMENT_HOST, "人员类别为借调时须填写借调单位和借调起止");
        }
        if (data.supervisedUnits().stream().anyMatch(u -> u.getKind() == UnitKind.TOWNSHIP)) {
            problem.accept(RosterColumn.SUPERVISED_UNITS, "不能分管全镇（书记、镇长不填分管单位）");
        }
    }
}
