package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CadreRulesTest {

    private static CadreData cadre(
            OrgUnit village,
            LeadershipRole role,
            Set<OrgUnit> supervised,
            Set<CommitteeRole> committee,
            boolean lead,
            StaffType staffType) {
        return new CadreData(
                "A1",
                "张三",
                Gender.MALE,
                RosterFixtures.PARTY_OFFICE,
                null,
                PostRank.STAFF,
                staffType,
                village,
                role,
                supervised,
                committee,
                lead,
                null,
                null,
                null);
    }

    private static List<String> check(CadreData data, boolean hasSecondment) {
        List<String> problems = new ArrayList<>();
        CadreRules.check(data, hasSecondment, (column, message) -> problems.add(column.header() + "|" + message));
        return problems;
    }

    @Test
    void aPlainCadreBreaksNoRule() {
        assertThat(check(cadre(null, null, Set.of(), Set.of(), false, StaffType.ESTABLISHED), false))
                .isEmpty();
    }

    @Test
    void onlyLeadershipMembersSupervise() {
        assertThat(check(
                        cadre(null, null, Set.of(RosterFixtures.FINANCE), Set.of(), false, StaffType.ESTABLISHED),
                        false))
                .containsExactly("分管单位|只有班子成员才能分管单位");
    }

    @Test
    void aResidentLivesInAVillageOrCommunity() {
        assertThat(check(cadre(RosterFixtures.FINANCE, null, Set.of(), Set.of(), false, StaffType.ESTABLISHED), false))
                .containsExactly("驻村村名|「财政所」不是村或社区，不能驻村");
        assertThat(check(
                        cadre(RosterFixtures.COMMUNITY, null, Set.of(), Set.of(), false, StaffType.ESTABLISHED), false))
                .isEmpty();
    }

    @Test
    void whoLeadsTheAssessmentWorkSitsOnTheCommittee() {
        // seed 000 一: 党委副书记何虎同志全面负责绩考工作 — he is also 副主任 of the committee
        assertThat(check(cadre(null, null, Set.of(), Set.of(), true, StaffType.ESTABLISHED), false))
                .containsExactly("全面负责绩考|全面负责绩考工作的须是考核领导小组成员（填写绩考职务）");
        assertThat(check(
                        cadre(
                                null,
                                LeadershipRole.DEPUTY_PARTY_SECRETARY,
                                Set.of(),
                                Set.of(CommitteeRole.DEPUTY_DIRECTOR),
                                true,
                                StaffType.ESTABLISHED),
                        false))
                .isEmpty();
    }

    @Test
    void directorDeputyAndMemberExcludeEachOtherButTheOfficeDirectorCombines() {
        assertThat(check(
                        cadre(
                                null,
                                null,
                                Set.of(),
                                Set.of(CommitteeRole.DIRECTOR, CommitteeRole.MEMBER),
                                false,
                                StaffType.ESTABLISHED),
                        false))
                .containsExactly("绩考职务|主任、副主任、成员只能担任其一");
        assertThat(check(
                        cadre(
                                null,
                                null,
                                Set.of(),
                                Set.of(CommitteeRole.MEMBER, CommitteeRole.OFFICE_DIRECTOR),
                                false,
                                StaffType.ESTABLISHED),
                        false))
                .isEmpty();
    }

    @Test
    void aSecondedCadreHasASecondment() {
        assertThat(check(cadre(null, null, Set.of(), Set.of(), false, StaffType.SECONDED), false))
                .containsExactly("借调单位|人员类别为借调时须填写借调单位和借调起止");
        assertThat(check(cadre(null, null, Set.of(), Set.of(), false, StaffType.SECONDED), true))
                .isEmpty();
    }

    @Test
    void aSecondmentCountsItsMonthsPerYearForProratingPay() {
        // seed 004 第二十四条: pay by the months worked; seed 000 四4: 借调期满一年 → the host unit grades and pays
        SecondmentTerm term = new SecondmentTerm("县发展和改革局", YearMonth.of(2021, 3), YearMonth.of(2021, 12));
        assertThat(term.monthsIn(2021)).isEqualTo(10);
        assertThat(term.monthsIn(2022)).isZero();
        SecondmentTerm open = new SecondmentTerm("县城市管理和综合执法局", YearMonth.of(2021, 6), null);
        assertThat(open.monthsIn(2021)).isEqualTo(7);
        assertThat(open.monthsIn(2022)).isEqualTo(12);
    }
}
