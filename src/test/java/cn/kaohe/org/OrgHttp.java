package cn.kaohe.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Small helpers for calling the API on the random port and reading JSON answers. */
final class OrgHttp {

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    OrgHttp(TestRestTemplate rest) {
        this.rest = rest;
    }

    record Answer(int status, JsonNode body) {}

    Answer upload(String filename, byte[] content, String query) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return answer(rest.exchange(
                "/api/roster/import" + (query == null ? "" : "?" + query),
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class));
    }

    Answer get(String path) {
        return answer(rest.getForEntity(path, String.class));
    }

    Answer send(HttpMethod method, String path, String jsonBody) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return answer(rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class));
    }

    private Answer answer(ResponseEntity<String> response) {
        try {
            String body = response.getBody();
            return new Answer(response.getStatusCode().value(), body == null ? json.nullNode() : json.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + response.getBody(), e);
        }
    }
}
