package cn.kaohe.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.notification.Notification;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.RosterImport;
import cn.kaohe.org.UnitKind;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications leave the app (docs/adr/0015): an e-mail received by a real SMTP server (GreenMail) and the
 * documented JSON of DingTalk's and WeCom's group robots received by a real HTTP server, both started here on the
 * ports application-it.yml names for the townships 外发镇 and 失联镇. A failing robot is retried with back-off,
 * then marked failed — the workflow's transaction never notices.
 */
@IntegrationTest
class NotificationOutboxIT {

    static final int SMTP_PORT = 23025;
    static final int HTTP_PORT = 23080;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    record Call(String path, String query, String body) {}

    static final List<Call> calls = new CopyOnWriteArrayList<>();
    static HttpServer http;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDrainer drainer;

    @Autowired
    OrgService org;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    EngineTime time;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    PlatformTransactionManager transactions;

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void robots() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", HTTP_PORT), 0);
        http.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, exchange.getRequestURI().getRawQuery(), body));
            boolean down = path.startsWith("/down/");
            byte[] answer = (down ? "{\"errcode\":-1,\"errmsg\":\"system busy\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(down ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        http.start();
    }

    @AfterAll
    static void stopRobots() {
        http.stop(0);
    }

    @BeforeEach
    void townships() {
        calls.clear();
        time.set("2026-03-02T09:00");
        if (org.unitTree().stream().noneMatch(u -> u.name().equals("外发镇"))) {
            var waifa = org.createUnit("WAIFA", "外发镇", UnitKind.TOWNSHIP, null, 90, "测试");
            org.createUnit("WAIFA-DZB", "外发镇党政办", UnitKind.OFFICE, waifa.id(), 1, "测试");
            var down = org.createUnit("SHILIAN", "失联镇", UnitKind.TOWNSHIP, null, 91, "测试");
            org.createUnit("SHILIAN-DZB", "失联镇党政办", UnitKind.OFFICE, down.id(), 1, "测试");
            rosterImport.importRoster(
                    "t.csv",
                    ("工号,姓名,性别,单位,人员类别,登录名\n" + "WAIFA-01,张外发,男,外发镇党政办,在编,waifa1\n"
                                    + "SHILIAN-01,李失联,女,失联镇党政办,在编,shilian1\n")
                            .getBytes(StandardCharsets.UTF_8),
                    false,
                    "测试");
        }
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aReminderIsMailedToTheCadreAndPostedToBothGroupRobotsAfterTheCommit() throws Exception {
        Notification sent = inTransaction(() -> notifications.send(new Notifications.Message(
                NotificationKind.REMINDER,
                "waifa1",
                "自评即将到期",
                "2026年3月考核：张外发的自评将于 2026-03-03 09:00 到期，请及时办理。",
                null,
                null,
                null)));

        // sent after the commit, in the outbox's own thread
        await(() -> outbox.ofNotification(sent.getId()).stream().allMatch(m -> m.getStatus() == OutboundStatus.SENT)
                && outbox.ofNotification(sent.getId()).size() == 3);
        List<OutboundMessage> out = outbox.ofNotification(sent.getId());
        assertThat(out)
                .extracting(OutboundMessage::getChannel)
                .containsExactlyInAnyOrder(OutboundChannel.MAIL, OutboundChannel.DINGTALK, OutboundChannel.WECOM);
        assertThat(out).allSatisfy(m -> {
            assertThat(m.getTownship()).isEqualTo("外发镇");
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getSentAt().toInstant()).isEqualTo(time.instant());
        });

        // the e-mail, as the SMTP server received it
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain("waifa.test");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("waifa1@waifa.test");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("jikaoban@waifa.test");
        assertThat(mails[0].getSubject()).isEqualTo("自评即将到期");
        assertThat(((String) mails[0].getContent()).strip()).isEqualTo("2026年3月考核：张外发的自评将于 2026-03-03 09:00 到期，请及时办理。");

        // 钉钉自定义机器人: {"msgtype":"text","text":{"content":"…"}}, signed with timestamp and sign
        Call ding = single("/robot/send");
        JsonNode body = json.readTree(ding.body());
        assertThat(body.get("msgtype").asText()).isEqualTo("text");
        assertThat(body.get("text").get("content").asText())
                .isEqualTo("【提醒】自评即将到期\n2026年3月考核：张外发的自评将于 2026-03-03 09:00 到期，请及时办理。");
        Map<String, String> query = query(ding.query());
        assertThat(query.get("access_token")).isEqualTo("waifa-token");
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(Math.abs(System.currentTimeMillis() - timestamp))
                .isLessThan(Duration.ofMinutes(5).toMillis());
        assertThat(query.get("sign")).isEqualTo(expectedDingTalkSign(timestamp, "SECwaifa0123456789"));

        // 企业微信群机器人: the same text message to the key URL
        Call wecom = single("/cgi-bin/webhook/send");
        assertThat(query(wecom.query())).containsEntry("key", "waifa-key");
        assertThat(json.readTree(wecom.body())).isEqualTo(body);
    }

    @Test
    void aFailingRobotIsRetriedWithBackOffThenMarkedFailedWhileTheWorkflowGoesOn() {
        Notification escalation = inTransaction(() -> notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION, "shilian1", "自评已逾期", "2026年3月考核：李失联的自评已超过截止时间，请督促办理。", null, null, null)));
        // the in-app notification is committed whatever the robot does
        assertThat(notifications.inbox("shilian1"))
                .extracting(Notification::getId)
                .contains(escalation.getId());

        // the attempt is counted when it starts, its error recorded when it ends
        await(() -> attempts(escalation) == 1 && only(escalation).getLastError() != null);
        OutboundMessage first = only(escalation);
        assertThat(first.getChannel()).isEqualTo(OutboundChannel.WECOM);
        assertThat(first.getStatus()).isEqualTo(OutboundStatus.PENDING);
        assertThat(first.getLastError()).contains("HTTP 500").contains("system busy");
        assertThat(first.getNextAttemptAt().toInstant())
                .isEqualTo(time.instant().plusSeconds(60));

        // not due yet: nothing is attempted
        time.advance(Duration.ofSeconds(59));
        drainer.drainDue();
        assertThat(attempts(escalation)).isEqualTo(1);

        // back-off 1 min, then 2 min; max-attempts 3 in application-it.yml
        time.advance(Duration.ofSeconds(1));
        drainer.drainDue();
        assertThat(attempts(escalation)).isEqualTo(2);
        assertThat(only(escalation).getNextAttemptAt().toInstant())
                .isEqualTo(time.instant().plusSeconds(120));
        time.advance(Duration.ofMinutes(2));
        drainer.drainDue();
        OutboundMessage failed = only(escalation);
        assertThat(failed.getStatus()).isEqualTo(OutboundStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(calls.stream().filter(c -> c.path().startsWith("/down/"))).hasSize(3);
        time.advance(Duration.ofHours(2));
        drainer.drainDue();
        assertThat(calls.stream().filter(c -> c.path().startsWith("/down/"))).hasSize(3);

        // the office sees it, with attempts and the last error
        time.reset();
        TestRestTemplate office = users.office(anonymous);
        var answer = office.getForEntity("/api/notifications/outbound?status=FAILED", JsonNode.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        JsonNode list = answer.getBody();
        JsonNode shown = null;
        for (JsonNode m : list) {
            if (m.get("id").asLong() == failed.getId()) {
                shown = m;
            }
        }
        assertThat(shown)
                .as("failed message %d listed for the office in %s", failed.getId(), list)
                .isNotNull();
        assertThat(shown.get("status").asText()).isEqualTo("FAILED");
        assertThat(shown.get("statusLabel").asText()).isEqualTo("发送失败");
        assertThat(shown.get("attempts").asInt()).isEqualTo(3);
        assertThat(shown.get("township").asText()).isEqualTo("失联镇");
        assertThat(shown.get("lastError").asText()).contains("HTTP 500");

        // a cadre may not look; a wrong status is named
        var cadre = users.as(anonymous, "shilian1").getForEntity("/api/notifications/outbound", JsonNode.class);
        assertThat(cadre.getStatusCode().value()).isEqualTo(403);
        var wrong = office.getForEntity("/api/notifications/outbound?status=LOST", JsonNode.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody().get("code").asText()).isEqualTo("NOTIFY-002");

        // the office sends it again: a fresh round
        var retried =
                office.postForEntity("/api/notifications/outbound/" + failed.getId() + "/retry", null, JsonNode.class);
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(retried.getBody().get("status").asText()).isEqualTo("PENDING");
        await(() -> attempts(escalation) == 1);
        var again =
                office.postForEntity("/api/notifications/outbound/" + failed.getId() + "/retry", null, JsonNode.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asText()).isEqualTo("NOTIFY-001");
    }

    @Test
    void aTownshipWithoutChannelsKeepsItsNotificationsInTheApp() {
        Notification inApp = inTransaction(() -> notifications.send(
                new Notifications.Message(NotificationKind.REMINDER, "it-office", "提醒", "站内提醒", null, null, null)));
        assertThat(outbox.ofNotification(inApp.getId())).isEmpty();
    }

    private int attempts(Notification n) {
        return only(n).getAttempts();
    }

    private OutboundMessage only(Notification n) {
        List<OutboundMessage> out = outbox.ofNotification(n.getId());
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private Call single(String path) {
        List<Call> matching = calls.stream().filter(c -> c.path().equals(path)).toList();
        assertThat(matching).as("calls to %s", path).hasSize(1);
        return matching.get(0);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }

    /** Independent of the production code: DingTalk's documented 加签. */
    private static String expectedDingTalkSign(long timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> query(String raw) {
        return java.util.Arrays.stream(raw.split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
