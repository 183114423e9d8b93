package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published scheme.schema.json is exactly what the model generates (no drift). */
class SchemeJsonSchemaTest {

    @Test
    void publishedSchemaMatchesTheModel() throws IOException {
        JsonNode published;
        try (InputStream in = getClass().getResourceAsStream("/schemes/scheme.schema.json")) {
            assertThat(in).as("schemes/scheme.schema.json on the classpath").isNotNull();
            published = SchemeDocuments.json().readTree(in);
        }
        assertThat(published).isEqualTo(SchemeJsonSchema.generate());
    }

    @Test
    void schemaNamesEveryTopLevelFieldAndForbidsOthers() {
        var schema = SchemeJsonSchema.generate();
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("properties").has("factRules")).isTrue();
        assertThat(schema.at("/$defs/FactRule/properties/valuation/enum").toString())
                .contains("COMMITTEE");
    }

    /** Regenerates the published file: run with the test classpath from the project root. */
    public static void main(String[] args) throws IOException {
        Files.writeString(
                Path.of("src/main/resources/schemes/scheme.schema.json"),
                SchemeDocuments.json().writerWithDefaultPrettyPrinter().writeValueAsString(SchemeJsonSchema.generate())
                        + "\n");
    }
}
