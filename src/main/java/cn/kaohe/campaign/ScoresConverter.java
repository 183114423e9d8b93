package cn.kaohe.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Category scores (category id → points) stored as a JSON object, in the scheme's category order. */
@Converter
class ScoresConverter implements AttributeConverter<Map<String, BigDecimal>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(Map<String, BigDecimal> scores) {
        if (scores == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, BigDecimal> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable scores " + json, e);
        }
    }
}
