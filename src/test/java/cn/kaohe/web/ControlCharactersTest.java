package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    record Item(String name, String comment) {}

    record Batch(List<Item> entries) {}

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new ControlCharacters().controlCharacterModule())
            .build();

    @Test
    void refusesNulInAnyTextNamingTheField() {
        assertThatThrownBy(
                        () -> json.readValue("{\"entries\":[{\"name\":\"a\",\"comment\":\"x\\u0000y\"}]}", Batch.class))
                .isInstanceOfSatisfying(ControlCharacters.Refused.class, r -> {
                    assertThat(r.field()).isEqualTo("entries[0].comment");
                    assertThat(r.reason()).contains("NUL");
                });
    }

    @Test
    void keepsLineBreaksAndTabsInFreeTextButNotInNames() throws Exception {
        assertThat(json.readValue("{\"name\":\"a\",\"comment\":\"第一行\\r\\n第二行\\t完\"}", Item.class)
                        .comment())
                .isEqualTo("第一行\r\n第二行\t完");
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\\r\\nb\"}", Item.class))
                .isInstanceOfSatisfying(ControlCharacters.Refused.class, r -> assertThat(r.field())
                        .isEqualTo("name"));
    }

    @Test
    void checksEveryTextOfAJsonTree() {
        assertThatThrownBy(() ->
                        json.readValue("{\"form\":{\"scores\":{\"a\":1},\"summary\":\"\\u001b\"}}", JsonNode.class))
                .isInstanceOfSatisfying(ControlCharacters.Refused.class, r -> assertThat(r.field())
                        .isEqualTo("form.summary"));
    }

    @Test
    void aLiteralNullTreeIsANullNode() throws Exception {
        assertThat(json.readValue("{\"a\":null}", JsonNode.class).get("a").isNull())
                .isTrue();
    }

    @Test
    void responseHeadersLoseControlCharacters() {
        assertThat(ControlCharacterFilter.clean("attachment; filename=\"a\r\nb.yaml\""))
                .isEqualTo("attachment; filename=\"a__b.yaml\"");
    }
}
