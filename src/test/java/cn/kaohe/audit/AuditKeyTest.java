package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    static AuditProperties props(String key, String keyFile, boolean generate) {
        return new AuditProperties(key, keyFile, generate, null, false, Duration.ofSeconds(1), 500, false);
    }

    @Test
    void withoutAKeyTheApplicationRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> AuditKey.load(props(null, null, false)))
                .isInstanceOf(AuditKeyException.class)
                .hasMessageContaining("未配置审计密钥")
                .hasMessageContaining("KAOHE_AUDIT_KEY")
                .hasMessageContaining("KAOHE_AUDIT_KEY_FILE");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> AuditKey.load(props("short", null, false)))
                .isInstanceOf(AuditKeyException.class)
                .hasMessageContaining("至少 32 个字符");
    }

    @Test
    void aMissingKeyFileIsRefusedUnlessTheDemoMayCreateIt() throws Exception {
        Path file = dir.resolve("data/audit.key");
        assertThatThrownBy(() -> AuditKey.load(props(null, file.toString(), false)))
                .isInstanceOf(AuditKeyException.class)
                .hasMessageContaining("审计密钥文件不存在");

        AuditKey generated = AuditKey.load(props(null, file.toString(), true));

        assertThat(Files.readString(file).strip()).hasSize(44); // 32 random bytes, Base64
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        AuditKey again = AuditKey.load(props(null, file.toString(), true));
        assertThat(again.mac("x")).isEqualTo(generated.mac("x"));
    }

    @Test
    void theConfiguredKeyWinsOverTheKeyFile() throws Exception {
        Path file = dir.resolve("audit.key");
        Files.writeString(file, "a-different-key-from-a-file-0123456789\n");

        assertThat(AuditKey.load(props(KEY, file.toString(), false)).mac("x"))
                .isEqualTo(new AuditKey(KEY.getBytes()).mac("x"));
    }

    @Test
    void sealsDependOnTheKeyAndOnEveryPart() {
        AuditKey key = new AuditKey(KEY.getBytes());
        AuditKey other = new AuditKey((KEY + "!").getBytes());

        assertThat(key.mac("a", "b")).hasSize(64).isEqualTo(key.mac("a", "b"));
        assertThat(key.mac("a", "b")).isNotEqualTo(other.mac("a", "b"));
        assertThat(key.mac("ab", "")).isNotEqualTo(key.mac("a", "b"));
        assertThat(key.mac("a", null)).isNotEqualTo(key.mac("a", ""));
        assertThat(key.fingerprint()).hasSize(16).isNotEqualTo(other.fingerprint());
    }

    @Test
    void everyThreadSealsWithItsOwnHmacToTheSameValueAFreshHmacGives() throws Exception {
        AuditKey key = new AuditKey(KEY.getBytes());
        Mac fresh = Mac.getInstance("HmacSHA256");
        fresh.init(new SecretKeySpec(KEY.getBytes(), "HmacSHA256"));
        for (String part : new String[] {"审计", "x"}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            fresh.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            fresh.update(bytes);
        }
        String expected = HexFormat.of().formatHex(fresh.doFinal());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> seals = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                seals.add(pool.submit(() -> key.mac("审计", "x")));
            }
            for (Future<String> seal : seals) {
                assertThat(seal.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
