package cn.kaohe.calendar;

import cn.kaohe.shared.CalendarError;
import cn.kaohe.shared.Holiday;
import cn.kaohe.shared.HolidayArrangement;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads holiday arrangements from YAML or JSON and checks them fully before anything uses them. Every
 * problem names its place as a path in the document ({@code 2026.holidays[2].to}, indexes from 0) and
 * explains it in Chinese; all problems are collected, then one {@link CalendarError#INVALID_ARRANGEMENT}
 * is thrown.
 *
 * <p>The format is that of {@code calendar/cn-holidays.yaml}:
 *
 * <pre>
 * 2026:
 *   source: 国务院办公厅关于2026年部分节假日安排的通知   # optional
 *   holidays:
 *     - {from: 2026-10-01, to: 2026-10-07, name: 国庆节}
 *   workdays: [2026-09-20, 2026-10-10]                     # optional: 调休上班的周六、周日
 * </pre>
 *
 * A single year may also be given without the year key (just {@code source}, {@code holidays},
 * {@code workdays}). Rules: every date lies in its year (a date belongs to the arrangement of its own
 * calendar year); {@code from} is not after {@code to}; holiday periods do not overlap; a make-up working
 * day is a Saturday or Sunday, not inside a holiday, and listed once.
 */
public final class HolidayArrangementParser {

    /** Classpath location of the arrangements shipped with the application. */
    /** The calendar of the arrangements shipped with the application (classpath calendar/cn-holidays.yaml). */
    public static WorkingDayCalendar builtInCalendar() {
        return new WorkingDayCalendar(builtIn().values());
    }

    public static final String BUILT_IN_RESOURCE = "/calendar/cn-holidays.yaml";

    /** Longest document accepted (characters); the official arrangement of a year is about 1,000. */
    public static final int MAX_DOCUMENT_LENGTH = 100_000;

    public enum Format {
        YAML,
        JSON
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Set<String> YEAR_FIELDS = Set.of("source", "holidays", "workdays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("from", "to", "name");
    private static final ObjectMapper YAML_MAPPER =
            new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final ObjectMapper JSON_MAPPER =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private HolidayArrangementParser() {}

    /** The arrangements shipped with the application, by year. */
    public static Map<Integer, HolidayArrangement> builtIn() {
        try (InputStream in = HolidayArrangementParser.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BUILT_IN_RESOURCE);
            }
            return parseYears(new String(in.readAllBytes(), StandardCharsets.UTF_8), Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of one or more years, each under its year key. */
    public static Map<Integer, HolidayArrangement> parseYears(String text, Format format) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, HolidayArrangement> result = new TreeMap<>();
        JsonNode root = read(text, format, problems);
        if (root != null) {
            if (!root.isObject() || root.isEmpty()) {
                problems.add(Problem.ofField("(文件)", "应以年份为键，例如 2026: {holidays: […], workdays: […]}"));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Integer year = yearKey(e.getKey(), problems);
                    if (year != null) {
                        HolidayArrangement a = year(year, e.getValue(), e.getKey() + ".", problems);
                        if (a != null) {
                            result.put(year, a);
                        }
                    }
                }
            }
        }
        failIfAny(problems);
        return result;
    }

    /**
     * The document of {@code expectedYear}: either the bare year ({@code source}, {@code holidays},
     * {@code workdays}) or the same under the key {@code expectedYear}.
     */
    public static HolidayArrangement parseYear(int expectedYear, String text, Format format) {
        List<Problem> problems = new ArrayList<>();
        HolidayArrangement result = null;
        JsonNode root = read(text, format, problems);
        if (root != null) {
            if (!root.isObject() || root.isEmpty()) {
                problems.add(Problem.ofField("(文件)", "应为一年的安排：{holidays: […], workdays: […]}"));
            } else if (root.size() == 1
                    && YEAR.matcher(root.fieldNames().next()).matches()) {
                String key = root.fieldNames().next();
                if (!key.equals(String.valueOf(expectedYear))) {
                    problems.add(Problem.ofField(key, "文件中的年份 " + key + " 与要导入的年份 " + expectedYear + " 不符"));
                } else {
                    result = year(expectedYear, root.get(key), key + ".", problems);
                }
            } else {
                result = year(expectedYear, root, "", problems);
            }
        }
        failIfAny(problems);
        return result;
    }

    private static JsonNode read(String text, Format format, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.ofField("(文件)", "内容为空"));
            return null;
        }
        if (text.length() > MAX_DOCUMENT_LENGTH) {
            problems.add(Problem.ofField("(文件)", "内容过长（上限 " + MAX_DOCUMENT_LENGTH + " 个字符）"));
            return null;
        }
        try {
            return (format == Format.JSON ? JSON_MAPPER : YAML_MAPPER).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what =
                    e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                            ? "字段重复：" + e.getOriginalMessage().replaceAll("^Duplicate field '([^']*)'.*$", "$1")
                            : (format == Format.JSON ? "JSON" : "YAML") + " 格式错误，无法读取";
            if (at != null && at.getLineNr() > 0) {
                problems.add(Problem.ofRow(at.getLineNr(), "第" + at.getColumnNr() + "列", what));
            } else {
                problems.add(Problem.ofField("(文件)", what));
            }
            return null;
        }
    }

    private static Integer yearKey(String key, List<Problem> problems) {
        if (!YEAR.matcher(key).matches()) {
            problems.add(Problem.ofField(key, "应为四位数字的年份"));
            return null;
        }
        return Integer.valueOf(key);
    }

    private static HolidayArrangement year(int year, JsonNode node, String at, List<Problem> problems) {
        String place = at.isEmpty() ? "(文件)" : at.substring(0, at.length() - 1);
        if (node == null || !node.isObject()) {
            problems.add(Problem.ofField(place, year + "年的安排应包含 holidays 与 workdays"));
            return null;
        }
        int before = problems.size();
        unknownFields(node, YEAR_FIELDS, at, problems);

        String source = null;
        JsonNode sourceNode = node.get("source");
        if (sourceNode != null && !sourceNode.isNull()) {
            if (!sourceNode.isTextual() || sourceNode.asText().isBlank()) {
                problems.add(Problem.ofField(at + "source", "应为通知名称或文号（文字）"));
            } else if (sourceNode.asText().length() > 200) {
                problems.add(Problem.ofField(at + "source", "过长（上限 200 字）"));
            } else {
                source = sourceNode.asText().strip();
            }
        }

        List<Holiday> holidays = new ArrayList<>();
        JsonNode holidaysNode = node.get("holidays");
        if (holidaysNode == null || holidaysNode.isNull()) {
            problems.add(Problem.ofField(at + "holidays", "必填：放假安排的列表（可为空列表 []）"));
        } else if (!holidaysNode.isArray()) {
            problems.add(Problem.ofField(at + "holidays", "应为列表，每项 {from: 日期, to: 日期, name: 名称}"));
        } else {
            for (int i = 0; i < holidaysNode.size(); i++) {
                Holiday h = holiday(year, holidaysNode.get(i), at + "holidays[" + i + "]", i + 1, problems);
                if (h != null) {
                    holidays.add(h);
                }
            }
        }
        Map<Holiday, String> placeOf = new IdentityHashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            placeOf.put(holidays.get(i), at + "holidays[" + i + "]");
        }
        List<Holiday> sorted =
                holidays.stream().sorted(Comparator.comparing(Holiday::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Holiday previous = sorted.get(i - 1);
            for (int j = i; j < sorted.size() && !sorted.get(j).from().isAfter(previous.to()); j++) {
                problems.add(Problem.ofField(
                        placeOf.get(sorted.get(j)),
                        "「" + sorted.get(j).name() + "」" + range(sorted.get(j)) + " 与「" + previous.name() + "」"
                                + range(previous) + " 重叠"));
            }
        }

        List<LocalDate> workdays = new ArrayList<>();
        JsonNode workdaysNode = node.get("workdays");
        if (workdaysNode != null && !workdaysNode.isNull()) {
            if (!workdaysNode.isArray()) {
                problems.add(Problem.ofField(at + "workdays", "应为调休上班日期的列表，例如 [2026-10-10]"));
            } else {
                for (int i = 0; i < workdaysNode.size(); i++) {
                    String p = at + "workdays[" + i + "]";
                    LocalDate d = date(workdaysNode.get(i), p, problems);
                    if (d == null) {
                        continue;
                    }
                    if (d.getYear() != year) {
                        problems.add(Problem.ofField(p, d + " 不在 " + year + " 年内"));
                    } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        problems.add(Problem.ofField(p, d + " 是" + weekday(d) + "，调休上班日只能是周六或周日"));
                    } else if (workdays.contains(d)) {
                        problems.add(Problem.ofField(p, d + " 重复列出"));
                    } else {
                        holidays.stream()
                                .filter(h -> h.contains(d))
                                .findFirst()
                                .ifPresentOrElse(
                                        h -> problems.add(Problem.ofField(
                                                p, d + " 在「" + h.name() + "」假期" + range(h) + "内，不能同时是调休上班日")),
                                        () -> workdays.add(d));
                    }
                }
            }
        }
        return problems.size() == before ? new HolidayArrangement(year, source, holidays, workdays) : null;
    }

    private static Holiday holiday(int year, JsonNode node, String at, int ordinal, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(Problem.ofField(at, "第" + ordinal + "个假期应为 {from: 日期, to: 日期, name: 名称}"));
            return null;
        }
        int before = problems.size();
        unknownFields(node, HOLIDAY_FIELDS, at + ".", problems);
        JsonNode nameNode = node.get("name");
        String name = null;
        if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
            problems.add(Problem.ofField(at + ".name", "第" + ordinal + "个假期缺少名称（如 国庆节）"));
        } else if (nameNode.asText().length() > 50) {
            problems.add(Problem.ofField(at + ".name", "名称过长（上限 50 字）"));
        } else {
            name = nameNode.asText().strip();
        }
        String label = name == null ? "第" + ordinal + "个假期" : "「" + name + "」";
        LocalDate from = required(node, "from", at, label, problems);
        LocalDate to = required(node, "to", at, label, problems);
        if (from != null && from.getYear() != year) {
            problems.add(Problem.ofField(at + ".from", label + "的开始日期 " + from + " 不在 " + year + " 年内"));
        }
        if (to != null && to.getYear() != year) {
            problems.add(Problem.ofField(at + ".to", label + "的结束日期 " + to + " 不在 " + year + " 年内"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(Problem.ofField(at, label + "的开始日期 " + from + " 晚于结束日期 " + to));
        }
        return problems.size() == before ? new Holiday(name, from, to) : null;
    }

    private static LocalDate required(JsonNode node, String field, String at, String label, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(Problem.ofField(at + "." + field, label + "缺少" + ("from".equals(field) ? "开始" : "结束") + "日期"));
            return null;
        }
        return date(value, at + "." + field, problems);
    }

    private static LocalDate date(JsonNode value, String at, List<Problem> problems) {
        if (value != null && value.isTextual()) {
            try {
                return LocalDate.parse(value.asText().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(Problem.ofField(at, "「" + (value == null ? "" : value.asText()) + "」不是有效日期，应为 yyyy-MM-dd"));
        return null;
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String at, List<Problem> problems) {
        for (Iterator<String> names = ((ObjectNode) node).fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(Problem.ofField(
                        at + name,
                        "未知字段（可用字段："
                                + String.join("、", allowed.stream().sorted().toList()) + "）"));
            }
        }
    }

    private static String range(Holiday h) {
        return "（" + h.from() + " 至 " + h.to() + "）";
    }

    private static String weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }

    private static void failIfAny(List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        String summary = problems.size() == 1
                ? (first.row() != null ? "第" + first.row() + "行 " : "")
                        + (first.field() != null ? first.field() + "：" : "")
                        + first.message()
                : "共 " + problems.size() + " 处错误，第一处 " + first.field() + "：" + first.message();
        throw new KaoheException(CalendarError.INVALID_ARRANGEMENT, problems, summary);
    }
}
