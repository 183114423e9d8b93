package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo township, loaded into the test database by calling the loader (the demo property is off here). */
@IntegrationTest
class DemoTownshipIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    OrgService org;

    @Test
    void loadsTheSeedsTownshipWithItsAssessmentCommitteeExactlyAsNamedAndIsIdempotent() {
        demo.load();
        ImportSummary again = demo.load();

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(61);

        // seed 000 一: 主任：王锋；副主任：孔国奇、何虎、傅嘉成；成员：周凤、李卫萍、邓光明、龚成、蔡荣、何浩、万里飞
        CommitteeView committee = org.committee();
        assertThat(demo(committee.directors())).extracting(CadreRef::name).containsExactly("王锋");
        assertThat(demo(committee.deputyDirectors())).extracting(CadreRef::name).containsExactly("孔国奇", "何虎", "傅嘉成");
        assertThat(demo(committee.members()))
                .extracting(CadreRef::name)
                .containsExactly("周凤", "李卫萍", "邓光明", "龚成", "蔡荣", "何浩", "万里飞");
        // seed 000 一: 由王文健同志兼任镇绩考办主任；党委副书记何虎同志全面负责绩考工作
        assertThat(committee.officeDirector().name()).isEqualTo("王文健");
        assertThat(committee.assessmentLead().name()).isEqualTo("何虎");
        CadreDetail heHu = org.cadre(committee.assessmentLead().id());
        assertThat(heHu.cadre().leadershipRole()).isEqualTo(LeadershipRole.DEPUTY_PARTY_SECRETARY);
        assertThat(heHu.cadre().loginName()).isEqualTo("hehu");
        // seed 000 一: 各办、大队、中心、站、所负责人为成员 (of the 绩考办)
        assertThat(demo(committee.officeMembers()))
                .extracting(CadreRef::name)
                .containsExactly(
                        "刘喆", "陈堃", "袁建华", "夏春燕", "唐建国", "廖海波", "胡德明", "朱海燕", "郭长青", "曹丽", "邱志强", "侯建军", "雷晓红", "赵铁军");
    }

    /** Other tests add their own cadres to the shared database: keep the demo township's (工号 DLG-…). */
    private static List<CadreRef> demo(List<CadreRef> cadres) {
        return cadres.stream().filter(c -> c.code().startsWith("DLG-")).toList();
    }

    @Test
    void everyUnitOfTheDemoTownshipIsSupervisedByALeadershipMember() {
        demo.load();
        UnitNode township = org.unitTree().stream()
                .filter(u -> u.code().equals("DLG"))
                .findFirst()
                .orElseThrow();
        assertThat(township.name()).isEqualTo("大栗港镇");

        Set<String> supervised = new HashSet<>();
        org.supervision().forEach(s -> s.units().forEach(u -> supervised.add(u.code())));
        List<UnitNode> units = township.children();
        assertThat(units).allSatisfy(u -> assertThat(supervised).as(u.name()).contains(u.code()));
        assertThat(units.stream().filter(u -> u.kind().isVillage()).count()).isBetween(8L, 12L);
        assertThat(units)
                .extracting(UnitNode::name)
                .contains(
                        "党政综合办",
                        "党建办",
                        "经济发展办",
                        "社会事务办",
                        "综治办",
                        "自然资源和生态环境办",
                        "农业综合服务中心",
                        "财政所",
                        "退役军人服务站",
                        "综合行政执法大队");
    }

    @Test
    void theDemoCadresIncludeResidentsSecondmentsAndEveryStaffType() {
        demo.load();
        Long township = org.unitTree().stream()
                .filter(u -> u.code().equals("DLG"))
                .findFirst()
                .orElseThrow()
                .id();
        List<CadreSummary> all = org.cadres(new CadreFilter(township, null, null, null, true));

        assertThat(all).hasSizeBetween(40, 80);
        assertThat(all)
                .extracting(CadreSummary::loginName)
                .allMatch(l -> l.matches("[a-z]+"))
                .doesNotHaveDuplicates();
        assertThat(all).extracting(CadreSummary::name).contains("刘喆", "陈堃", "谭玥");
        assertThat(all.stream().filter(c -> c.village() != null).count()).isGreaterThanOrEqualTo(5);
        assertThat(all).extracting(CadreSummary::staffType).contains(StaffType.values());
        long withSecondment = all.stream()
                .filter(c -> !org.cadre(c.id()).secondments().isEmpty())
                .count();
        assertThat(withSecondment).isEqualTo(2);
    }
}
