package cn.kaohe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.calendar.HolidayArrangementParser.Format;
import cn.kaohe.shared.CalendarError;
import cn.kaohe.shared.Holiday;
import cn.kaohe.shared.HolidayArrangement;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test documents for 2027 are invented (no official 2027 arrangement is used here). */
class HolidayArrangementParserTest {

    static List<Problem> problemsOf(Runnable parse) {
        try {
            parse.run();
        } catch (KaoheException e) {
            assertThat(e.errorCode()).isEqualTo(CalendarError.INVALID_ARRANGEMENT);
            return e.problems();
        }
        throw new AssertionError("expected the document to be rejected");
    }

    static List<Problem> yamlProblems(String yaml) {
        return problemsOf(() -> HolidayArrangementParser.parseYear(2027, yaml, Format.YAML));
    }

    @Test
    void readsTheShippedOfficialArrangements() {
        Map<Integer, HolidayArrangement> builtIn = HolidayArrangementParser.builtIn();
        assertThat(builtIn).containsOnlyKeys(2025, 2026);
        HolidayArrangement y2025 = builtIn.get(2025);
        assertThat(y2025.source()).contains("国办发明电〔2024〕12号");
        assertThat(y2025.holidays()).hasSize(6);
        assertThat(y2025.makeUpWorkingDays()).hasSize(5);
        HolidayArrangement y2026 = builtIn.get(2026);
        assertThat(y2026.source()).contains("2025-11-04");
        assertThat(y2026.holidays())
                .contains(new Holiday("国庆节", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07")));
        assertThat(y2026.makeUpWorkingDays())
                .contains(LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-10-10"));
    }

    @Test
    void readsOneYearWithOrWithoutItsYearKey() {
        String bare =
                """
                source: 测试数据
                holidays:
                  - {from: 2027-01-01, to: 2027-01-03, name: 元旦}
                workdays: [2027-01-09]
                """;
        String keyed = "2027:\n" + bare.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        HolidayArrangement a = HolidayArrangementParser.parseYear(2027, bare, Format.YAML);
        assertThat(a.year()).isEqualTo(2027);
        assertThat(a.source()).isEqualTo("测试数据");
        assertThat(a.makeUpWorkingDays()).containsExactly(LocalDate.parse("2027-01-09"));
        assertThat(HolidayArrangementParser.parseYear(2027, keyed, Format.YAML)).isEqualTo(a);
    }

    @Test
    void readsJson() {
        String json =
                """
                {"holidays": [{"from": "2027-01-01", "to": "2027-01-03", "name": "元旦"}], "workdays": []}
                """;
        HolidayArrangement a = HolidayArrangementParser.parseYear(2027, json, Format.JSON);
        assertThat(a.holidays()).singleElement().extracting(Holiday::name).isEqualTo("元旦");
        assertThat(a.source()).isNull();
    }

    @Test
    void namesADateOutsideTheYear() {
        assertThat(yamlProblems("holidays: [{from: 2026-12-31, to: 2027-01-02, name: 元旦}]"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("holidays[0].from");
                    assertThat(p.message()).isEqualTo("「元旦」的开始日期 2026-12-31 不在 2027 年内");
                });
        assertThat(yamlProblems("holidays: []\nworkdays: [2026-12-26]"))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("workdays[0]"));
    }

    @Test
    void namesAHolidayThatEndsBeforeItStarts() {
        assertThat(
                        yamlProblems(
                                """
                        holidays:
                          - {from: 2027-01-01, to: 2027-01-03, name: 元旦}
                          - {from: 2027-10-07, to: 2027-10-01, name: 国庆节}
                        """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("holidays[1]");
                    assertThat(p.message()).isEqualTo("「国庆节」的开始日期 2027-10-07 晚于结束日期 2027-10-01");
                });
    }

    @Test
    void namesAMakeUpWorkingDayThatIsNotAWeekendDay() {
        // 2027-01-04 is a Monday
        assertThat(yamlProblems("holidays: []\nworkdays: [2027-01-09, 2027-01-04]"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workdays[1]");
                    assertThat(p.message()).isEqualTo("2027-01-04 是周一，调休上班日只能是周六或周日");
                });
    }

    @Test
    void namesAHolidayOnAMakeUpWorkingDay() {
        assertThat(
                        yamlProblems(
                                """
                        holidays: [{from: 2027-10-01, to: 2027-10-07, name: 国庆节}]
                        workdays: [2027-10-02]
                        """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workdays[0]");
                    assertThat(p.message()).contains("国庆节").contains("不能同时是调休上班日");
                });
    }

    @Test
    void namesOverlappingHolidays() {
        assertThat(
                        yamlProblems(
                                """
                        holidays:
                          - {from: 2027-10-01, to: 2027-10-07, name: 国庆节}
                          - {from: 2027-09-15, to: 2027-10-01, name: 中秋节}
                        """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("holidays[0]");
                    assertThat(p.message())
                            .isEqualTo("「国庆节」（2027-10-01 至 2027-10-07） 与「中秋节」（2027-09-15 至 2027-10-01） 重叠");
                });
    }

    @Test
    void collectsEveryProblemOfADocument() {
        List<Problem> problems = yamlProblems(
                """
                holidays:
                  - {from: 2027-02-30, to: 2027-03-01, name: 春节}
                  - {from: 2027-05-01, to: 2027-05-03}
                  - {from: 2027-06-01, to: 2027-06-01, name: 端午节, note: x}
                workday: [2027-01-09]
                """);
        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("workday", "holidays[0].from", "holidays[1].name", "holidays[2].note");
        assertThat(problems)
                .filteredOn(p -> p.field().equals("holidays[0].from"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2027-02-30").contains("不是有效日期"));
    }

    @Test
    void namesTheLineOfASyntaxError() {
        assertThat(yamlProblems("holidays:\n  - {from: 2027-01-01, to: 2027-01-03, name: 元旦\nworkdays: []\n"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.row()).isNotNull().isPositive();
                    assertThat(p.message()).contains("YAML 格式错误");
                });
    }

    @Test
    void rejectsADuplicateKeyInsteadOfKeepingTheLastOne() {
        assertThat(yamlProblems("holidays: []\nworkdays: [2027-01-09]\nworkdays: []\n"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("字段重复：workdays"));
    }

    @Test
    void rejectsADocumentForAnotherYear() {
        assertThat(yamlProblems("2028:\n  holidays: []\n")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("文件中的年份 2028 与要导入的年份 2027 不符"));
    }

    @Test
    void rejectsAnEmptyDocumentAndAMissingHolidayList() {
        assertThat(yamlProblems("  \n")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("内容为空"));
        assertThat(yamlProblems("workdays: []")).singleElement().satisfies(p -> assertThat(p.field())
                .isEqualTo("holidays"));
    }

    @Test
    void namesTheYearInAMultiYearDocument() {
        List<Problem> problems = problemsOf(() -> HolidayArrangementParser.parseYears(
                "2027:\n  holidays: [{from: 2027-01-01, to: 2027-01-03, name: 元旦}]\n"
                        + "20x8:\n  holidays: []\n"
                        + "2028:\n  holidays: [{from: 2027-12-31, to: 2028-01-01, name: 元旦}]\n",
                Format.YAML));
        assertThat(problems).extracting(Problem::field).containsExactly("20x8", "2028.holidays[0].from");
    }

    @Test
    void theErrorMessageSummarisesTheFirstProblem() {
        assertThatThrownBy(() ->
                        HolidayArrangementParser.parseYear(2027, "holidays: []\nworkdays: [2027-01-04]", Format.YAML))
                .hasMessage("节假日安排有误：workdays[0]：2027-01-04 是周一，调休上班日只能是周六或周日");
    }
}
