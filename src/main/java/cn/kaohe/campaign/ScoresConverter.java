package cn.kaohe.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Category scores (category id → points) stored as a JSON object, in the scheme's category order. The entity's maps are
 * {@link #frozen}: Hibernate keeps them by reference ({@code @Mutability(Immutability.class)}) instead of copying them
 * through JSON on every load and comparing them through JSON on every flush.
 */
@Converter
class ScoresConverter implements AttributeConverter<Map<String, BigDecimal>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> TYPE = new TypeReference<>() {};

    /** An unmodifiable copy in the given order; null stays null. */
    static Map<String, BigDecimal> frozen(Map<String, BigDecimal> scores) {
        return scores == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

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
            return Collections.unmodifiableMap(JSON.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable scores " + json, e);
        }
    }
}
