package cn.kaohe.notification.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Group robots of the messaging apps township offices use. Both take a text message as
 * {@code {"msgtype":"text","text":{"content":"…"}}} POSTed as JSON to the robot's webhook and answer
 * {@code {"errcode":0,"errmsg":"ok"}}; any other errcode or HTTP status is a failed attempt.
 *
 * <ul>
 *   <li>钉钉自定义机器人: with 加签, the URL also carries {@code timestamp} (milliseconds) and {@code sign} =
 *       URL-encoded Base64 of HmacSHA256(key = secret, message = timestamp + "\n" + secret); DingTalk refuses a
 *       timestamp more than an hour away from its clock.
 *   <li>企业微信群机器人: the key is in the webhook URL; text content is at most 2048 bytes of UTF-8.
 * </ul>
 */
final class RobotChannels {

    static final int WECOM_MAX_BYTES = 2048;
    static final int DINGTALK_MAX_CHARS = 5000;

    private RobotChannels() {}

    /** The JSON body of a text message. */
    static String textBody(ObjectMapper json, String content) {
        try {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("msgtype", "text");
            text.put("text", Map.of("content", content));
            return json.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DingTalk's signature of {@code timestampMillis} with {@code secret}, URL-encoded. */
    static String dingTalkSign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The robot's text: kind, subject and body on their own lines. */
    static String content(OutboundMessage message) {
        return "【" + message.getKind().label() + "】" + message.getSubject() + "\n" + message.getBody();
    }

    /** Cuts {@code text} to at most {@code maxBytes} bytes of UTF-8 without splitting a character. */
    static String cutToUtf8Bytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes - 3) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** POSTs {@code body} and checks DingTalk's and WeCom's answer. */
    static void post(HttpClient http, URI uri, String body, java.time.Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String answer = response.body() == null ? "" : response.body();
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " " + abbreviate(answer));
        }
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(answer);
        } catch (IOException e) {
            throw new IOException("应答不是 JSON：" + abbreviate(answer));
        }
        if (node == null || !node.has("errcode") || node.get("errcode").asInt(-1) != 0) {
            throw new IOException("机器人拒绝了消息：" + abbreviate(answer));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** 钉钉自定义机器人. */
    @org.springframework.stereotype.Component
    static class DingTalk implements ChannelSender {

        private final HttpClient http;
        private final ObjectMapper json;
        private final NotificationProperties properties;

        DingTalk(RobotHttp http, ObjectMapper json, NotificationProperties properties) {
            this.http = http.client();
            this.json = json;
            this.properties = properties;
        }

        @Override
        public OutboundChannel channel() {
            return OutboundChannel.DINGTALK;
        }

        @Override
        public void send(OutboundMessage message, NotificationProperties.Township township) throws Exception {
            NotificationProperties.Robot robot = township.dingtalk();
            if (robot == null
                    || !robot.enabled()
                    || robot.webhook() == null
                    || robot.webhook().isBlank()) {
                throw new IllegalStateException("乡镇“" + message.getTownship() + "”未配置钉钉机器人");
            }
            String url = robot.webhook();
            if (robot.secret() != null && !robot.secret().isBlank()) {
                // the robot checks the timestamp against its own clock: the real time, not the (demo) domain clock
                long now = System.currentTimeMillis();
                url += (url.contains("?") ? "&" : "?") + "timestamp=" + now + "&sign="
                        + dingTalkSign(now, robot.secret());
            }
            String content = content(message);
            if (content.length() > DINGTALK_MAX_CHARS) {
                content = content.substring(0, DINGTALK_MAX_CHARS - 1) + "…";
            }
            post(
                    http,
                    URI.create(url),
                    textBody(json, content),
                    properties.outbox().timeout());
        }
    }

    /** 企业微信群机器人. */
    @org.springframework.stereotype.Component
    static class WeCom implements ChannelSender {

        private final HttpClient http;
        private final ObjectMapper json;
        private final NotificationProperties properties;

        WeCom(RobotHttp http, ObjectMapper json, NotificationProperties properties) {
            this.http = http.client();
            this.json = json;
            this.properties = properties;
        }

        @Override
        public OutboundChannel channel() {
            return OutboundChannel.WECOM;
        }

        @Override
        public void send(OutboundMessage message, NotificationProperties.Township township) throws Exception {
            NotificationProperties.Robot robot = township.wecom();
            if (robot == null
                    || !robot.enabled()
                    || robot.webhook() == null
                    || robot.webhook().isBlank()) {
                throw new IllegalStateException("乡镇“" + message.getTownship() + "”未配置企业微信机器人");
            }
            String content = cutToUtf8Bytes(content(message), WECOM_MAX_BYTES);
            post(
                    http,
                    URI.create(robot.webhook()),
                    textBody(json, content),
                    properties.outbox().timeout());
        }
    }
}
