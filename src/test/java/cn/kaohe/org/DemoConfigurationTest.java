package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 11: the demo's H2 database listens on no network port (no {@code AUTO_SERVER}, no TCP server) and the
 * demo keeps the engine's authorization checks on.
 */
class DemoConfigurationTest {

    static JsonNode yaml(String name) throws IOException {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void theDemoDatabaseOpensNoTcpPort() throws IOException {
        String url = yaml("application.yml").at("/spring/datasource/url").asText();
        assertThat(url).startsWith("jdbc:h2:file:");
        assertThat(url.toUpperCase()).doesNotContain("AUTO_SERVER", "TCP", "SERVER=");
        for (String profile : new String[] {"application-demo.yml", "application-postgres.yml"}) {
            assertThat(yaml(profile).toString().toUpperCase()).as(profile).doesNotContain("AUTO_SERVER", "H2.TCP");
        }
    }

    @Test
    void theEngineChecksAuthorizationsInTheDemoToo() throws IOException {
        assertThat(yaml("application.yml")
                        .at("/camunda/bpm/authorization/enabled")
                        .asBoolean())
                .isTrue();
        assertThat(yaml("application-demo.yml")
                        .at("/camunda/bpm/authorization/enabled")
                        .asBoolean(true))
                .isTrue();
    }
}
