package cn.kaohe.workflow.task;

import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads task form JSON into the domain's form records, with a Chinese error for malformed input. */
final class Forms {

    // fields of other actions (e.g. "action", "reason") may travel along; wrong types are errors
    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Forms() {}

    static <T> T read(JsonNode form, Class<T> type) {
        try {
            T value = JSON.treeToValue(form == null || form.isNull() ? JSON.createObjectNode() : form, type);
            return value != null ? value : JSON.treeToValue(JSON.createObjectNode(), type);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("表单");
            throw KaoheException.invalid(java.util.List.of(cn.kaohe.shared.Problem.ofField(field, "类型不符")));
        } catch (Exception e) {
            throw new KaoheException(CommonError.MALFORMED_REQUEST, "表单字段类型不符");
        }
    }

    static String text(JsonNode form, String field) {
        JsonNode n = form == null ? null : form.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
