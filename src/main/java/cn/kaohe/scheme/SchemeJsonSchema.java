package cn.kaohe.scheme;

import cn.kaohe.scoring.model.SchemeVersion;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Builds the published JSON Schema (draft 2020-12) of scheme documents from the scoring records,
 * so the schema cannot drift from the model. The committed copy is
 * {@code src/main/resources/schemes/scheme.schema.json}; a test keeps it equal to this output.
 */
public final class SchemeJsonSchema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemeJsonSchema() {}

    public static ObjectNode generate() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://kaohe.cn/schemas/scheme.schema.json");
        root.put("title", "考核方案 (Kaohe scheme version)");
        root.put("description", "See docs/schemes.md. Generated from cn.kaohe.scoring.model.SchemeVersion.");
        ObjectNode defs = F.objectNode();
        ObjectNode body = record(SchemeVersion.class, defs);
        body.fieldNames().forEachRemaining(n -> {});
        root.setAll(body);
        root.set("required", F.arrayNode().add("code").add("name").add("categories"));
        root.set("$defs", defs);
        return root;
    }

    private static ObjectNode record(Class<?> type, ObjectNode defs) {
        ObjectNode node = F.objectNode();
        node.put("type", "object");
        node.put("additionalProperties", false);
        ObjectNode props = F.objectNode();
        for (RecordComponent c : type.getRecordComponents()) {
            props.set(c.getName(), schemaOf(c.getGenericType(), defs));
        }
        node.set("properties", props);
        return node;
    }

    private static ObjectNode schemaOf(Type type, ObjectNode defs) {
        ObjectNode n = F.objectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                n.put("type", "array");
                n.set("items", schemaOf(p.getActualTypeArguments()[0], defs));
            } else if (Map.class.isAssignableFrom(raw)) {
                n.put("type", "object");
                n.set("additionalProperties", schemaOf(p.getActualTypeArguments()[1], defs));
            }
            return n;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            n.put("type", "string");
        } else if (c == BigDecimal.class) {
            n.put("type", "number");
        } else if (c == Integer.class || c == int.class) {
            n.put("type", "integer");
        } else if (c == Boolean.class || c == boolean.class) {
            n.put("type", "boolean");
        } else if (c.isEnum()) {
            n.put("type", "string");
            var values = F.arrayNode();
            for (Object e : c.getEnumConstants()) {
                values.add(e.toString());
            }
            n.set("enum", values);
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!defs.has(name)) {
                defs.set(name, F.objectNode());
                defs.set(name, record(c, defs));
            }
            n.put("$ref", "#/$defs/" + name);
        } else {
            throw new IllegalArgumentException("no JSON Schema mapping for " + c);
        }
        return n;
    }
}
