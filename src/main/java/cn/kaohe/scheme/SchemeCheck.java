package cn.kaohe.scheme;

import cn.kaohe.scoring.SchemeValidator;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Checks the YAML text of a scheme as the office edits it and answers every problem at once, each at its line: a
 * YAML syntax error at the parser's line and column; unknown fields, values of the wrong type and unknown choices
 * (all of them, not only the first); then the rules of {@link SchemeValidator}, each at the line of the key it names
 * (or of the nearest written parent when the key is missing).
 */
public final class SchemeCheck {

    /**
     * One problem of a document.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @param field the field path ({@code categories[0].points}), null for the whole document
     * @param message zh-CN explanation
     */
    public record LocatedProblem(int line, int column, String field, String message) {}

    /** The outcome: the scheme (null when the text cannot be read) and every problem, in line order. */
    public record Result(SchemeVersion scheme, List<LocatedProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private SchemeCheck() {}

    public static Result check(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return new Result(null, List.of(new LocatedProblem(1, 1, null, "方案内容为空")));
        }
        if (yaml.indexOf('\0') >= 0) {
            return new Result(null, List.of(new LocatedProblem(1, 1, null, "方案内容含有无法保存的控制字符")));
        }
        SchemeLines lines;
        try {
            lines = SchemeLines.read(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            int column = e.getProblemMark() == null ? 1 : e.getProblemMark().getColumn() + 1;
            return new Result(
                    null, List.of(new LocatedProblem(line, column, null, "YAML 格式错误：" + syntax(e.getProblem()))));
        } catch (RuntimeException e) {
            return new Result(null, List.of(new LocatedProblem(1, 1, null, "YAML 格式错误：" + e.getMessage())));
        }
        List<LocatedProblem> problems = new ArrayList<>();
        SchemeVersion scheme = null;
        ObjectMapper mapper = SchemeDocuments.yaml().copy().addHandler(new Collector(problems));
        try {
            scheme = mapper.readValue(yaml, SchemeVersion.class);
        } catch (JsonProcessingException e) {
            Problem p = SchemeDocuments.problem(e);
            JsonLocation loc = e.getLocation();
            SchemeLines.Place at = p.field() != null ? lines.of(p.field()) : null;
            int line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : at == null ? 1 : at.line();
            int column = loc != null && loc.getColumnNr() > 0 ? loc.getColumnNr() : at == null ? 1 : at.column();
            problems.add(new LocatedProblem(line, column, p.field(), withoutPlace(p.message())));
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            problems.add(new LocatedProblem(1, 1, null, "内容无效：" + e.getMessage()));
        }
        // the reader buffers a record's fields, so its own locations may be lost: the key's line is the place
        problems.replaceAll(p -> {
            if (p.field() == null) {
                return p;
            }
            SchemeLines.Place at = lines.of(p.field());
            return new LocatedProblem(at.line(), at.column(), p.field(), p.message());
        });
        if (scheme == null && problems.isEmpty()) {
            problems.add(new LocatedProblem(1, 1, null, "方案内容为空"));
        }
        if (scheme != null) {
            Set<String> known = new HashSet<>();
            problems.forEach(p -> known.add(p.field()));
            List<Problem> rules;
            try {
                rules = SchemeValidator.validate(scheme);
            } catch (RuntimeException e) {
                // a value the reader already reported (left empty) may trip a later rule: the reported one counts
                rules = List.of();
            }
            for (Problem p : rules) {
                if (p.field() != null && known.contains(p.field())) {
                    continue;
                }
                SchemeLines.Place at = p.field() == null ? new SchemeLines.Place(1, 1) : lines.of(p.field());
                problems.add(new LocatedProblem(at.line(), at.column(), p.field(), p.message()));
            }
        }
        problems.sort(Comparator.comparingInt(LocatedProblem::line).thenComparingInt(LocatedProblem::column));
        return new Result(problems.isEmpty() ? scheme : null, List.copyOf(problems));
    }

    /** Checks and answers the scheme, or throws SCHEME-005 with every problem (row = line). */
    public static SchemeVersion require(String yaml) {
        Result r = check(yaml);
        if (!r.valid()) {
            throw invalid(r.problems());
        }
        return r.scheme();
    }

    static KaoheException invalid(List<LocatedProblem> problems) {
        List<Problem> rows = problems.stream()
                .map(p -> Problem.ofRow(p.line(), p.field(), p.message()))
                .toList();
        LocatedProblem first = problems.get(0);
        return new KaoheException(SchemeError.DOCUMENT_INVALID, rows, problems.size(), first.line(), first.message());
    }

    private static String withoutPlace(String message) {
        // the line is carried apart; drop "（第 N 行第 M 列）" that the reader's message repeats
        return message.replaceAll("（第 \\d+ 行第 \\d+ 列）", "");
    }

    private static String syntax(String problem) {
        if (problem == null) {
            return "无法解析";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "此处不能出现“键: 值”（检查缩进或冒号）";
        }
        if (problem.contains("could not find expected ':'")) {
            return "缺少冒号“:”";
        }
        if (problem.contains("found character '\\t'")) {
            return "不能用制表符缩进，请用空格";
        }
        if (problem.contains("expected <block end>")) {
            return "缩进不一致";
        }
        return "无法解析（" + problem + "）";
    }

    static String path(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined.isEmpty() ? null : joined;
    }

    /** Records a problem and lets the reader go on, so that every problem is found in one pass. */
    private static final class Collector extends DeserializationProblemHandler {

        private final List<LocatedProblem> problems;

        Collector(List<LocatedProblem> problems) {
            this.problems = problems;
        }

        private void add(JsonParser p, String field, String message) {
            JsonLocation loc = p.currentTokenLocation();
            int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
            int column = loc == null || loc.getColumnNr() < 1 ? 1 : loc.getColumnNr();
            problems.add(new LocatedProblem(line, column, field, message));
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            add(p, path(p.getParsingContext()), "未知字段 “" + propertyName + "”");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
                throws IOException {
            if (targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            JsonParser p = ctxt.getParser();
            String allowed = targetType.isEnum()
                    ? "，可选："
                            + String.join(
                                    "/",
                                    Arrays.stream(targetType.getEnumConstants())
                                            .map(Object::toString)
                                            .toList())
                    : "";
            add(p, path(p.getParsingContext()), "值 “" + valueToConvert + "” 无法识别为" + kind(targetType) + allowed);
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg)
                throws IOException {
            if (targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            JsonParser p = ctxt.getParser();
            add(p, path(p.getParsingContext()), "值 “" + valueToConvert + "” 无法识别为" + kind(targetType));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
                throws IOException {
            if (targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            String field = path(p.getParsingContext());
            add(p, field, "类型不符，应为" + kind(targetType.getRawClass()));
            p.skipChildren();
            return null;
        }

        private static String kind(Class<?> type) {
            if (Number.class.isAssignableFrom(type)) {
                return "数字";
            }
            if (type == String.class) {
                return "文字";
            }
            if (type == Boolean.class) {
                return "是/否（true/false）";
            }
            if (List.class.isAssignableFrom(type)) {
                return "列表";
            }
            if (type.isEnum()) {
                return "规定的选项";
            }
            return "对象（键: 值）";
        }
    }
}
