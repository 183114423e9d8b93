package cn.kaohe.workflow.task;

import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads task form JSON into the domain's form records, with a Chinese error for malformed input. */
final class Forms {

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private Forms() {}

    static <T> T read(JsonNode form, Class<T> type) {
        try {
            return JSON.treeToValue(form == null ? JSON.createObjectNode() : form, type);
        } catch (Exception e) {
            throw new KaoheException(CommonError.MALFORMED_REQUEST, "表单字段类型不符");
        }
    }

    static String text(JsonNode form, String field) {
        JsonNode n = form == null ? null : form.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
