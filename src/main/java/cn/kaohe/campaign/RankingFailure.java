package cn.kaohe.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The group result stored when a ranking could not be computed: {@code {error, message, problems}}. */
final class RankingFailure {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RankingFailure() {}

    static String write(Map<String, Object> failure) {
        try {
            return JSON.writeValueAsString(failure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isFailure(String groupJson) {
        return groupJson.startsWith("{\"error\"");
    }
}
