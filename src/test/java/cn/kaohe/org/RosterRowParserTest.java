package cn.kaohe.org;

import static cn.kaohe.org.RosterFixtures.parse;
import static cn.kaohe.org.RosterFixtures.problemsAsText;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.shared.Problem;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterRowParserTest {

    // columns: 工号,姓名,性别,单位,职务,职级,人员类别,是否驻村,驻村村名,是否班子成员,班子职务,分管单位,绩考职务,全面负责绩考,登录名,手机,借调单位,借调起止

    @Test
    void readsAGoodRowWithEveryColumn() {
        var result = parse("DLG-0003,何虎,男,大栗港镇,党委副书记,副职,在编,否,,是,党委副书记,党建办、栗山村,副主任,是,HeHu,13807370003,,");

        assertThat(result.problems()).isEmpty();
        RosterEntry entry = result.entries().get(0);
        assertThat(entry.row()).isEqualTo(2);
        assertThat(entry.code()).isEqualTo("DLG-0003");
        CadreData e = entry.values();
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.unit()).isSameAs(RosterFixtures.TOWNSHIP);
        assertThat(e.postRank()).isEqualTo(PostRank.DEPUTY);
        assertThat(e.staffType()).isEqualTo(StaffType.ESTABLISHED);
        assertThat(e.village()).isNull();
        assertThat(e.leadershipRole()).isEqualTo(LeadershipRole.DEPUTY_PARTY_SECRETARY);
        assertThat(e.supervisedUnits()).containsExactlyInAnyOrder(RosterFixtures.PARTY_OFFICE, RosterFixtures.VILLAGE);
        assertThat(e.committeeRoles()).containsExactly(CommitteeRole.DEPUTY_DIRECTOR);
        assertThat(e.assessmentLead()).isTrue();
        assertThat(e.loginName()).isEqualTo("hehu");
        assertThat(e.phone()).isEqualTo("13807370003");
    }

    @Test
    void reportsEveryBadCellOfEveryRowWithRowAndColumn() {
        var result = parse(
                "A1,张三,男,党建办,科员,一般干部,在编,,,,,,,,zhangsan,,,",
                ",李四,未知,宣传办,科员,处长,正式,是,,,,,,,,12345,,",
                "A3,王五,女,财政所,出纳,一般干部,在编,是,财政所,否,副镇长,党建办,组长啊,,9abc,,县财政局,");

        assertThat(result.entries()).extracting(RosterEntry::code).containsExactly("A1");
        assertThat(problemsAsText(result))
                .containsExactly(
                        "3|工号|必填",
                        "3|性别|「未知」不是有效的性别，应为：男、女",
                        "3|单位|单位「宣传办」不存在（须先在系统中建立，名称须完全一致）",
                        "3|职级|「处长」不是有效的职级，应为：主要负责人、副职、一般干部",
                        "3|人员类别|「正式」不是有效的人员类别，应为：在编、聘用、借调、非在编",
                        "3|驻村村名|驻村人员须填写驻村村名",
                        "3|手机|手机号「12345」格式不正确：应为 11 位手机号或 区号-电话",
                        "4|驻村村名|「财政所」不是村或社区",
                        "4|班子职务|是否班子成员为“否”时不应填写班子职务",
                        "4|分管单位|只有班子成员才能填写分管单位",
                        "4|绩考职务|「组长啊」不是有效的绩考职务，应为：主任、副主任、成员、绩考办主任",
                        "4|登录名|登录名「9abc」格式不正确：须以小写字母开头，只含小写字母、数字和 . _ -，2–40 位",
                        "4|借调起止|填写了借调单位，须同时填写借调起止（如 2021-03~2021-12）");
    }

    @Test
    void reportsMissingRequiredColumnsAtTheHeaderRow() {
        byte[] file = "姓名,单位\n张三,党建办\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var result = RosterRowParser.parse(RosterReader.read("r.csv", file), RosterFixtures.units());

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::row, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "工号"),
                        org.assertj.core.groups.Tuple.tuple(1, "性别"),
                        org.assertj.core.groups.Tuple.tuple(1, "人员类别"));
    }

    @Test
    void aVillageNameAloneMakesTheCadreAVillageResident() {
        var result = parse("A1,张三,男,党建办,科员,,在编,,大栗港社区,,,,,,,,,");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries().get(0).values().village()).isSameAs(RosterFixtures.COMMUNITY);
        assertThat(result.entries().get(0).values().postRank()).isEqualTo(PostRank.STAFF);
    }

    @Test
    void aLeadershipRoleAloneMakesTheCadreALeadershipMember() {
        var result = parse("A1,张三,男,大栗港镇,副镇长,副职,在编,,,,副镇长,财政所,,,,,,");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries().get(0).values().leadershipRole()).isEqualTo(LeadershipRole.DEPUTY_MAYOR);
        assertThat(result.entries().get(0).values().supervisedUnits()).containsExactly(RosterFixtures.FINANCE);
    }

    @Test
    void readsASecondmentWithItsMonths() {
        var result = parse("A1,张三,男,党建办,科员,,借调,,,,,,,,,,县委组织部,2021年3月至2021年12月");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries().get(0).values().secondment())
                .isEqualTo(new SecondmentTerm("县委组织部", YearMonth.of(2021, 3), YearMonth.of(2021, 12)));
    }

    @Test
    void skipsTheTemplateExampleRow() {
        var result = parse("示例0001,张喆,男,党建办,,,在编,,,,,,,,,,,", "A1,张三,男,党建办,,,在编,,,,,,,,,,,");

        assertThat(result.skippedExamples()).isEqualTo(1);
        assertThat(result.entries()).extracting(RosterEntry::code).containsExactly("A1");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-03~2021-12|2021-03|2021-12",
                "2021.3-2021.12|2021-03|2021-12",
                "2021/03 ～ 2022/02|2021-03|2022-02",
                "2021年3月至2021年12月|2021-03|2021-12",
                "2021-03~|2021-03|",
                "2021-03~至今|2021-03|",
                "2021-03-2021-12|2021-03|2021-12"
            })
    void readsMonthRangesInTheUsualSpellings(String text, String from, String to) {
        var range = RosterRowParser.parseMonthRange(text).orElseThrow();
        assertThat(range[0]).isEqualTo(YearMonth.parse(from));
        assertThat(range[1]).isEqualTo(to == null ? null : YearMonth.parse(to));
    }

    @ParameterizedTest
    @CsvSource({"2021-13~2021-12", "三月到十二月", "2021-03~2021", "2021"})
    void rejectsMonthRangesItCannotRead(String text) {
        assertThat(RosterRowParser.parseMonthRange(text)).isEmpty();
    }

    @Test
    void anAbsentOptionalColumnKeepsTheStoredValueWhileABlankOneClearsIt() {
        byte[] file = "工号,姓名,性别,单位,人员类别,手机\nA1,张三,男,党建办,在编,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RosterEntry entry = RosterRowParser.parse(RosterReader.read("r.csv", file), RosterFixtures.units())
                .entries()
                .get(0);
        CadreData stored = new CadreData(
                "A1",
                "张三",
                Gender.MALE,
                RosterFixtures.FINANCE,
                "出纳",
                PostRank.STAFF,
                StaffType.CONTRACTED,
                RosterFixtures.VILLAGE,
                null,
                Set.of(),
                Set.of(CommitteeRole.MEMBER),
                false,
                "zhangsan",
                "13807370000",
                null);

        CadreData next = entry.overlay(stored);

        assertThat(next.unit()).isSameAs(RosterFixtures.PARTY_OFFICE);
        assertThat(next.staffType()).isEqualTo(StaffType.ESTABLISHED);
        assertThat(next.postTitle()).isEqualTo("出纳");
        assertThat(next.village()).isSameAs(RosterFixtures.VILLAGE);
        assertThat(next.committeeRoles()).containsExactly(CommitteeRole.MEMBER);
        assertThat(next.loginName()).isEqualTo("zhangsan");
        assertThat(next.phone()).isNull();
    }
}
