package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;

/** The verification command exits 2 ("not checked"), not 1 ("broken"), when the application cannot even start. */
class AuditVerifyFailureListenerTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Integer> exits = new ArrayList<>();
    final AuditVerifyFailureListener listener =
            new AuditVerifyFailureListener(new PrintStream(out, true, StandardCharsets.UTF_8), exits::add);

    @Test
    void anUnreachableDatabaseDuringTheVerificationIsNotCheckedExitTwo() {
        listener.onApplicationEvent(failed(
                new IllegalStateException(
                        "Failed to initialize", new ConnectException("Connection to 127.0.0.1:5999 refused")),
                "--kaohe.audit.verify-and-exit=true",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5999/kaohe"));

        assertThat(exits).containsExactly(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("数据库 (database): jdbc:postgresql://127.0.0.1:5999/kaohe")
                .contains("无法校验审计链")
                .contains("Connection to 127.0.0.1:5999 refused");
    }

    @Test
    void aMissingKeyDuringTheVerificationIsNotCheckedExitTwo() {
        listener.onApplicationEvent(
                failed(new AuditKeyException("未配置审计密钥，拒绝启动"), "--kaohe.audit.verify-and-exit=true"));

        assertThat(exits).containsExactly(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("未配置审计密钥");
    }

    @Test
    void anOrdinaryStartFailureIsLeftToSpringBoot() {
        listener.onApplicationEvent(failed(new IllegalStateException("boom")));

        assertThat(exits).isEmpty();
        assertThat(out.size()).isZero();
    }

    static ApplicationFailedEvent failed(Throwable cause, String... args) {
        return new ApplicationFailedEvent(new SpringApplication(), args, null, cause);
    }
}
