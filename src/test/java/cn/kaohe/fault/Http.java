package cn.kaohe.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain HTTP client for the fault suite: one session per login (HTTP Basic once, then the session cookie, so that
 * hundreds of concurrent requests do not each verify a password hash).
 */
final class Http {

    record Answer(int status, String body) {}

    private final String base;
    private final String password;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    Http(int port, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.password = password;
    }

    Answer send(String login, String method, String path, String json) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", basic(login))
                    .header("Accept", "application/json");
            String cookie = sessions.get(login);
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (json == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            r.headers().firstValue("Set-Cookie").ifPresent(c -> {
                if (c.startsWith("JSESSIONID=")) {
                    sessions.put(login, c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
                }
            });
            return new Answer(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    /** Logs in once (HTTP Basic) and keeps the session. */
    void login(String login) {
        Answer a = send(login, "GET", "/api/me", null);
        if (a.status() != 200) {
            throw new IllegalStateException("login " + login + ": " + a);
        }
    }

    private String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
