package cn.kaohe.notification.outbound;

import java.net.http.HttpClient;
import org.springframework.stereotype.Component;

/** One HTTP client for the robots (connection pool, connect timeout from the outbox settings). */
@Component
class RobotHttp {

    private final HttpClient client;

    RobotHttp(NotificationProperties properties) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.outbox().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpClient client() {
        return client;
    }
}
