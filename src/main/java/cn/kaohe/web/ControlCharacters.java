package cn.kaohe.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in request bodies may not carry control characters: NUL (0x00, which PostgreSQL cannot store) and the
 * other C0 controls and DEL are refused everywhere; tab, CR and LF are allowed in free text but not in
 * single-line values (names, codes, titles, logins, periods, file names — they end up in file names and
 * headers). A refused value is a 400 naming the field (see {@link ApiExceptionHandler}); nothing is stored.
 * Applies to every String property bound by Spring's ObjectMapper and to every {@link JsonNode} body (task
 * forms).
 */
@Configuration(proxyBeanMethods = false)
public class ControlCharacters {

    /** Properties whose values must be one line (they become file names, headers or list labels). */
    static final Set<String> SINGLE_LINE = Set.of(
            "name",
            "code",
            "title",
            "label",
            "login",
            "loginname",
            "username",
            "period",
            "filename",
            "schemecode",
            "action",
            "taskid");

    @Bean
    Module controlCharacterModule() {
        SimpleModule module = new SimpleModule("kaohe-control-characters");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(JsonNode.class, new CheckedTree());
        return module;
    }

    /** What is wrong with {@code value} in property {@code property}, or null when it is acceptable. */
    static String problem(String property, String value) {
        boolean singleLine = property != null && SINGLE_LINE.contains(property.toLowerCase());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "含有不允许的空字符（NUL, 0x00）";
            }
            if ((c == '\n' || c == '\r') && singleLine) {
                return "不能包含换行符";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return "含有不允许的控制字符（0x" + String.format("%02X", (int) c) + "）";
            }
        }
        return null;
    }

    /** A refused text value: the path names the field (e.g. {@code entries[2].comment}). */
    public static final class Refused extends JsonMappingException {

        private final String field;
        private final String reason;

        Refused(JsonParser p, String field, String reason) {
            super(p, field + "：" + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    private static final class CheckedString extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                String property = p.getParsingContext().getCurrentName();
                String problem = problem(property, value);
                if (problem != null) {
                    throw new Refused(p, path(p.getParsingContext()), problem);
                }
            }
            return value;
        }

        @Override
        public String getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }

    private static final class CheckedTree extends JsonDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            String base = path(p.getParsingContext());
            check(p, node, base, null);
            return node;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private static void check(JsonParser p, JsonNode root, String base, String rootProperty) throws Refused {
            Deque<Object[]> todo = new ArrayDeque<>();
            todo.push(new Object[] {root, base, rootProperty});
            while (!todo.isEmpty()) {
                Object[] item = todo.pop();
                JsonNode n = (JsonNode) item[0];
                String at = (String) item[1];
                String property = (String) item[2];
                if (n.isTextual()) {
                    String problem = problem(property, n.textValue());
                    if (problem != null) {
                        throw new Refused(p, at.isEmpty() ? "表单" : at, problem);
                    }
                } else if (n.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String keyProblem = problem("name", e.getKey());
                        String child = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                        if (keyProblem != null) {
                            throw new Refused(p, child, "字段名" + keyProblem);
                        }
                        todo.push(new Object[] {e.getValue(), child, e.getKey()});
                    }
                } else if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        todo.push(new Object[] {n.get(i), at + "[" + i + "]", property});
                    }
                }
            }
        }
    }

    /** {@code entries[2].comment} for the value the parser is at. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
