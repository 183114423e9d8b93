package cn.kaohe.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.notification.NotificationKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The documented robot formats, the back-off and which kinds each channel carries. */
class OutboundRulesTest {

    @Test
    void theRobotTextMessageIsTheDocumentedJson() {
        assertThat(RobotChannels.textBody(new ObjectMapper(), "【提醒】自评即将到期\n请及时办理。"))
                .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"【提醒】自评即将到期\\n请及时办理。\"}}");
    }

    @Test
    void dingTalkSignsTimestampNewlineSecretWithHmacSha256Base64UrlEncoded() throws Exception {
        long timestamp = 1_772_413_200_000L;
        String secret = "SEC0123456789abcdef";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));

        String sign = RobotChannels.dingTalkSign(timestamp, secret);

        assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(sign).doesNotContain("+", "/", "=");
    }

    @Test
    void weComTextIsCutTo2048BytesOfUtf8WithoutSplittingACharacter() {
        String long文本 = "考".repeat(1000); // 3000 bytes
        String cut = RobotChannels.cutToUtf8Bytes(long文本, RobotChannels.WECOM_MAX_BYTES);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(cut).endsWith("…").startsWith("考考");
        assertThat(RobotChannels.cutToUtf8Bytes("短消息", 2048)).isEqualTo("短消息");
    }

    @Test
    void retriesBackOffExponentiallyUpToTheLongestWait() {
        var outbox = new NotificationProperties.Outbox(
                true,
                true,
                Duration.ofSeconds(30),
                50,
                5,
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10));
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(outbox::backoff))
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(10));
    }

    @Test
    void aChannelCarriesOnlyItsKindsAndOnlyWhenEnabledWithATarget() {
        var robot = new NotificationProperties.Robot(
                true, "https://oapi.dingtalk.com/robot/send?access_token=x", null, Set.of(NotificationKind.REMINDER));
        assertThat(robot.carries(NotificationKind.REMINDER)).isTrue();
        assertThat(robot.carries(NotificationKind.RESULT)).isFalse();
        assertThat(new NotificationProperties.Robot(false, "https://x", null, Set.of(NotificationKind.REMINDER))
                        .carries(NotificationKind.REMINDER))
                .isFalse();
        assertThat(new NotificationProperties.Robot(true, " ", null, Set.of(NotificationKind.REMINDER))
                        .carries(NotificationKind.REMINDER))
                .isFalse();
        var mail = new NotificationProperties.Mail(
                true,
                "smtp.example.gov.cn",
                25,
                null,
                null,
                false,
                "jkb@example.gov.cn",
                List.of(new NotificationProperties.Address("group:office", "jkb@example.gov.cn")),
                Set.of(NotificationKind.ESCALATION));
        assertThat(mail.address("group:office")).contains("jkb@example.gov.cn");
        assertThat(mail.address("wangwenjian")).isEmpty();
        var properties = new NotificationProperties(
                outboxDefaults(), List.of(new NotificationProperties.Township("大栗港镇", mail, robot, null)));
        assertThat(properties.township("大栗港镇").mail()).isSameAs(mail);
        assertThat(properties.township("别的镇").mail()).isNull();
    }

    private static NotificationProperties.Outbox outboxDefaults() {
        return new NotificationProperties.Outbox(
                true,
                true,
                Duration.ofSeconds(30),
                50,
                5,
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10));
    }
}
