package cn.kaohe.org;

import cn.kaohe.shared.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text rows of a roster into {@link RosterEntry entries}, reporting every problem of every
 * row with its row number and column header. Pure: units are looked up through a function.
 */
final class RosterRowParser {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s]+");
    private static final String MONTH = "(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*月?";
    private static final Pattern MONTH_RANGE =
            Pattern.compile("^" + MONTH + "\\s*(?:~|～|至|到|—|–|--|-)\\s*(?:" + MONTH + "|至今)?$");

    private final Map<RosterColumn, Integer> index;
    private final Function<String, UnitDirectory.Lookup> unitByName;

    private RosterRowParser(Map<RosterColumn, Integer> index, Function<String, UnitDirectory.Lookup> unitByName) {
        this.index = index;
        this.unitByName = unitByName;
    }

    /** The result of parsing a whole file: entries for the good rows, problems for all bad ones. */
    record Result(List<RosterEntry> entries, List<Problem> problems, int skippedExamples) {}

    static Result parse(RawRoster roster, Function<String, Optional<OrgUnit>> unitByName) {
        return parseWith(roster, UnitDirectory.of(unitByName));
    }

    /** Parses with units found by code, unique name or 「上级单位/单位名称」 ({@link UnitDirectory}). */
    static Result parse(RawRoster roster, UnitDirectory units) {
        return parseWith(roster, units::find);
    }

    private static Result parseWith(RawRoster roster, Function<String, UnitDirectory.Lookup> unitByName) {
        List<Problem> problems = new ArrayList<>();
        Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < roster.headers().size(); i++) {
            int column = i;
            String header = roster.headers().get(i);
            RosterColumn.ofHeader(header).ifPresent(c -> {
                if (index.putIfAbsent(c, column) != null) {
                    problems.add(Problem.ofRow(roster.headerRow(), c.header(), "表头重复"));
                }
            });
        }
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                problems.add(Problem.ofRow(roster.headerRow(), c.header(), "缺少必需的列「" + c.header() + "」"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        RosterRowParser parser = new RosterRowParser(index, unitByName);
        List<RosterEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (RawRoster.Row row : roster.rows()) {
            if (isExample(roster, row)) {
                skipped++;
            } else {
                parser.parseRow(row, problems).ifPresent(entries::add);
            }
        }
        return new Result(entries, problems, skipped);
    }

    /** Whether a row is the template's example (工号 starting with 示例), which is skipped. */
    static boolean isExample(RawRoster roster, RawRoster.Row row) {
        for (int i = 0; i < roster.headers().size(); i++) {
            if (RosterColumn.ofHeader(roster.headers().get(i)).orElse(null) == RosterColumn.CODE) {
                return row.cell(i).startsWith("示例");
            }
        }
        return false;
    }

    private Optional<RosterEntry> parseRow(RawRoster.Row row, List<Problem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, problems);

        String code = cells.required(RosterColumn.CODE);
        if (code != null && !CadreRules.CODE.matcher(code).matches()) {
            cells.problem(RosterColumn.CODE, "工号「" + code + "」格式不正确：只能含字母、数字和 -，最长 40 位");
        }
        String name = cells.required(RosterColumn.NAME);
        if (name != null && name.length() > CadreRules.NAME_MAX) {
            cells.problem(RosterColumn.NAME, "姓名过长（最多 " + CadreRules.NAME_MAX + " 字）");
        }
        Gender gender = cells.label(RosterColumn.GENDER, Gender.class, true);
        OrgUnit unit = cells.unit(RosterColumn.UNIT, true);
        String postTitle = cells.optional(RosterColumn.POST_TITLE);
        if (postTitle != null && postTitle.length() > CadreRules.POST_TITLE_MAX) {
            cells.problem(RosterColumn.POST_TITLE, "职务过长（最多 " + CadreRules.POST_TITLE_MAX + " 字）");
        }
        PostRank postRank = cells.label(RosterColumn.POST_RANK, PostRank.class, false);
        StaffType staffType = cells.label(RosterColumn.STAFF_TYPE, StaffType.class, true);

        Boolean resident = cells.yesNo(RosterColumn.VILLAGE_RESIDENT);
        OrgUnit village = null;
        String villageName = cells.optional(RosterColumn.VILLAGE);
        if (Boolean.TRUE.equals(resident) && villageName == null) {
            cells.problem(RosterColumn.VILLAGE, "驻村人员须填写驻村村名");
        } else if (Boolean.FALSE.equals(resident) && villageName != null) {
            cells.problem(RosterColumn.VILLAGE, "是否驻村为“否”时不应填写驻村村名");
        } else if (villageName != null) {
            village = cells.unit(RosterColumn.VILLAGE, false);
            if (village != null && !village.getKind().isVillage()) {
                cells.problem(RosterColumn.VILLAGE, "「" + villageName + "」不是村或社区");
                village = null;
            }
        }

        Boolean member = cells.yesNo(RosterColumn.LEADERSHIP_MEMBER);
        LeadershipRole role = cells.label(RosterColumn.LEADERSHIP_ROLE, LeadershipRole.class, false);
        if (Boolean.TRUE.equals(member) && role == null && !cells.filled(RosterColumn.LEADERSHIP_ROLE)) {
            cells.problem(RosterColumn.LEADERSHIP_ROLE, "班子成员须填写班子职务");
        } else if (Boolean.FALSE.equals(member) && cells.filled(RosterColumn.LEADERSHIP_ROLE)) {
            cells.problem(RosterColumn.LEADERSHIP_ROLE, "是否班子成员为“否”时不应填写班子职务");
            role = null;
        }

        Set<OrgUnit> supervised = new LinkedHashSet<>();
        for (String unitName : cells.list(RosterColumn.SUPERVISED_UNITS)) {
            UnitDirectory.Lookup u = unitByName.apply(unitName);
            if (u.unit() == null) {
                cells.problem(
                        RosterColumn.SUPERVISED_UNITS,
                        u.ambiguous() ? u.problem(unitName, "分管单位") : "分管单位「" + unitName + "」不存在");
            } else {
                supervised.add(u.unit());
            }
        }
        if (!supervised.isEmpty() && role == null && cells.present(RosterColumn.LEADERSHIP_ROLE)) {
            cells.problem(RosterColumn.SUPERVISED_UNITS, "只有班子成员才能填写分管单位");
        }

        Set<CommitteeRole> committeeRoles = EnumSet.noneOf(CommitteeRole.class);
        for (String roleText : cells.list(RosterColumn.COMMITTEE_ROLES)) {
            Optional<CommitteeRole> r = Labelled.parse(CommitteeRole.class, roleText);
            if (r.isEmpty()) {
                cells.problem(
                        RosterColumn.COMMITTEE_ROLES,
                        "「" + roleText + "」不是有效的绩考职务，应为：" + Labelled.choices(CommitteeRole.class));
            } else {
                committeeRoles.add(r.get());
            }
        }
        boolean assessmentLead = Boolean.TRUE.equals(cells.yesNo(RosterColumn.ASSESSMENT_LEAD));

        String loginName = cells.optional(RosterColumn.LOGIN_NAME);
        if (loginName != null) {
            loginName = loginName.toLowerCase(java.util.Locale.ROOT);
            if (!CadreRules.LOGIN_NAME.matcher(loginName).matches()) {
                cells.problem(RosterColumn.LOGIN_NAME, "登录名「" + loginName + "」格式不正确：须以小写字母开头，只含小写字母、数字和 . _ -，2–40 位");
            }
        }
        String phone = cells.optional(RosterColumn.PHONE);
        if (phone != null) {
            phone = phone.replace(" ", "");
            if (!CadreRules.PHONE.matcher(phone).matches()) {
                cells.problem(RosterColumn.PHONE, "手机号「" + phone + "」格式不正确：应为 11 位手机号或 区号-电话");
            }
        }

        SecondmentTerm secondment = secondment(cells);

        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RosterEntry(
                row.number(),
                index.keySet(),
                new CadreData(
                        code,
                        name,
                        gender,
                        unit,
                        postTitle,
                        postRank == null ? PostRank.STAFF : postRank,
                        staffType,
                        village,
                        role,
                        supervised,
                        committeeRoles,
                        assessmentLead,
                        loginName,
                        phone,
                        secondment)));
    }

    private SecondmentTerm secondment(Cells cells) {
        String host = cells.optional(RosterColumn.SECONDMENT_HOST);
        String months = cells.optional(RosterColumn.SECONDMENT_MONTHS);
        if (host == null && months == null) {
            return null;
        }
        if (host == null) {
            cells.problem(RosterColumn.SECONDMENT_HOST, "填写了借调起止，须同时填写借调单位");
            return null;
        }
        if (host.length() > CadreRules.HOST_MAX) {
            cells.problem(RosterColumn.SECONDMENT_HOST, "借调单位过长（最多 " + CadreRules.HOST_MAX + " 字）");
            return null;
        }
        if (months == null) {
            cells.problem(RosterColumn.SECONDMENT_MONTHS, "填写了借调单位，须同时填写借调起止（如 2021-03~2021-12）");
            return null;
        }
        Optional<YearMonth[]> range = parseMonthRange(months);
        if (range.isEmpty()) {
            cells.problem(RosterColumn.SECONDMENT_MONTHS, "借调起止「" + months + "」格式不正确，应如 2021-03~2021-12 或 2021-03~");
            return null;
        }
        YearMonth from = range.get()[0];
        YearMonth to = range.get()[1];
        if (to != null && to.isBefore(from)) {
            cells.problem(RosterColumn.SECONDMENT_MONTHS, "借调结束月份早于开始月份");
            return null;
        }
        return new SecondmentTerm(host, from, to);
    }

    /** Parses 2021-03~2021-12, 2021.3-2021.12, 2021年3月至2021年12月, 2021-03~ or 2021-03~至今. */
    static Optional<YearMonth[]> parseMonthRange(String text) {
        Matcher m = MONTH_RANGE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            YearMonth from = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            YearMonth to = m.group(3) == null
                    ? null
                    : YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return Optional.of(new YearMonth[] {from, to});
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The cells of one row, with problem reporting at this row. */
    private final class Cells {
        private final RawRoster.Row row;
        private final List<Problem> problems;

        Cells(RawRoster.Row row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        boolean present(RosterColumn column) {
            return index.containsKey(column);
        }

        boolean filled(RosterColumn column) {
            return optional(column) != null;
        }

        String optional(RosterColumn column) {
            Integer i = index.get(column);
            if (i == null) {
                return null;
            }
            String v = row.cell(i).strip();
            return v.isEmpty() ? null : v;
        }

        String required(RosterColumn column) {
            String v = optional(column);
            if (v == null) {
                problem(column, "必填");
            }
            return v;
        }

        <E extends Enum<E> & Labelled> E label(RosterColumn column, Class<E> type, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            Optional<E> parsed = Labelled.parse(type, v);
            if (parsed.isEmpty()) {
                problem(column, "「" + v + "」不是有效的" + column.header() + "，应为：" + Labelled.choices(type));
                return null;
            }
            return parsed.get();
        }

        Boolean yesNo(RosterColumn column) {
            String v = optional(column);
            if (v == null) {
                return null; // blank: not stated, inferred from the neighbouring column
            }
            switch (v.toUpperCase(java.util.Locale.ROOT)) {
                case "是", "Y", "YES", "√", "1":
                    return Boolean.TRUE;
                case "否", "N", "NO", "×", "0":
                    return Boolean.FALSE;
                default:
                    problem(column, "「" + v + "」应为 是 或 否");
                    return null;
            }
        }

        OrgUnit unit(RosterColumn column, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            UnitDirectory.Lookup unit = unitByName.apply(v);
            if (unit.unit() == null) {
                problem(column, unit.problem(v, "单位"));
                return null;
            }
            return unit.unit();
        }

        List<String> list(RosterColumn column) {
            String v = optional(column);
            if (v == null) {
                return List.of();
            }
            return SEPARATORS
                    .splitAsStream(v)
                    .filter(s -> !s.isBlank())
                    .distinct()
                    .toList();
        }

        void problem(RosterColumn column, String message) {
            problems.add(Problem.ofRow(row.number(), column.header(), message));
        }
    }
}
