package cn.kaohe.org;

import java.time.YearMonth;
import java.util.List;

/** One cadre with everything the organisation module knows about them. */
public record CadreDetail(
        CadreSummary cadre,
        String phone,
        boolean villageResident,
        boolean leadershipMember,
        List<UnitRef> supervisedUnits,
        List<CadreRef> supervisingLeaders,
        List<CommitteeRole> committeeRoles,
        List<String> committeeRoleLabels,
        boolean assessmentLead,
        List<SecondmentView> secondments,
        long version) {

    /** A secondment (借调) of the cadre. */
    public record SecondmentView(Long id, String hostOrganisation, YearMonth fromMonth, YearMonth toMonth) {}
}
