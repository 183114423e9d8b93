package cn.kaohe.scheme;

import cn.kaohe.scoring.SchemeValidator;
import cn.kaohe.scoring.ScoringError;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.ErrorCode;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes scheme documents (YAML or JSON) and scoring inputs/outcomes (JSON). Unknown
 * fields, wrong types and unknown enum values are errors naming their path, e.g. {@code
 * categories[2].cap}; a readable document is then checked by {@link SchemeValidator}.
 */
public final class SchemeDocuments {

    public enum Format {
        YAML,
        JSON
    }

    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .build());

    private SchemeDocuments() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        // a key given twice is an error naming the key, never a silent "last one wins"
        mapper.getFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** The YAML reader/writer (strict: unknown fields and duplicate keys are errors). */
    static ObjectMapper yaml() {
        return YAML;
    }

    /** Reads a scheme and validates it; throws SCHEME-001 or SCORE-001 with located problems. */
    public static SchemeVersion read(String text, Format format) {
        SchemeVersion scheme = parse(text, format, SchemeVersion.class, SchemeError.DOCUMENT_UNREADABLE);
        SchemeValidator.check(scheme);
        return scheme;
    }

    public static SchemeVersion readYaml(String text) {
        return read(text, Format.YAML);
    }

    public static SchemeVersion readJson(String text) {
        return read(text, Format.JSON);
    }

    public static String write(SchemeVersion scheme, Format format) {
        try {
            return (format == Format.YAML ? YAML : JSON).writeValueAsString(scheme);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scheme " + scheme.code(), e);
        }
    }

    public static ScoringInput readInput(String json) {
        return parse(json, Format.JSON, ScoringInput.class, SchemeError.INPUT_UNREADABLE);
    }

    public static String writeInput(ScoringInput input) {
        return writeJson(input);
    }

    public static ScoringOutcome readOutcome(String json) {
        return parse(json, Format.JSON, ScoringOutcome.class, SchemeError.INPUT_UNREADABLE);
    }

    public static String writeOutcome(ScoringOutcome outcome) {
        return writeJson(outcome);
    }

    private static String writeJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T parse(String text, Format format, Class<T> type, ErrorCode error) {
        if (text == null || text.isBlank()) {
            throw new KaoheException(error, List.of(Problem.ofField(null, "文件为空")), 1, "文件为空");
        }
        try {
            T value = (format == Format.YAML ? YAML : JSON).readValue(text, type);
            if (value == null) {
                throw new KaoheException(error, List.of(Problem.ofField(null, "文件为空")), 1, "文件为空");
            }
            return value;
        } catch (JsonProcessingException e) {
            Problem p = problem(e);
            throw new KaoheException(error, List.of(p), 1, (p.field() == null ? "" : p.field() + "：") + p.message());
        }
    }

    static Problem problem(JsonProcessingException e) {
        String where = null;
        if (e instanceof JsonMappingException m) {
            where = path(m);
        }
        JsonLocation loc = e.getLocation();
        String at =
                loc == null || loc.getLineNr() < 0 ? "" : "（第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列）";
        String message;
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            message = "字段 “" + duplicate + "” 重复出现" + at + "：同一层级的每个字段只能写一次";
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "未知字段 “" + u.getPropertyName() + "”" + at;
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "，可选："
                            + String.join(
                                    "/",
                                    Arrays.stream(target.getEnumConstants())
                                            .map(Object::toString)
                                            .toList())
                    : "";
            message = "值 “" + f.getValue() + "” 无法识别为" + typeName(target) + allowed + at;
        } else if (e instanceof MismatchedInputException mi) {
            message = "类型不符，应为" + typeName(mi.getTargetType()) + at;
        } else if (e instanceof JsonMappingException) {
            message = "内容无效" + at + "：" + e.getOriginalMessage();
        } else {
            message = "格式错误" + at + "：" + e.getOriginalMessage();
        }
        return Problem.ofField(where, message);
    }

    /** The key of Jackson's strict duplicate detection ("Duplicate field 'x'"), or null. */
    static String duplicateKey(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonParseException
                && original != null
                && original.startsWith("Duplicate field '")) {
            int end = original.indexOf('\'', "Duplicate field '".length());
            return end < 0 ? null : original.substring("Duplicate field '".length(), end);
        }
        return null;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "正确类型";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "数字";
        }
        if (type == String.class) {
            return "文字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "是/否（true/false）";
        }
        if (List.class.isAssignableFrom(type)) {
            return "列表";
        }
        if (type.isEnum()) {
            return "枚举值";
        }
        return "对象";
    }

    /** For callers that want the scoring error codes without importing scoring. */
    public static ErrorCode schemeInvalid() {
        return ScoringError.SCHEME_INVALID;
    }
}
