package cn.kaohe.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals the audit chain (HMAC-SHA256). It lives outside the database: in the configuration, the
 * environment or a key file. Every MAC is over length-prefixed parts, so that no two part lists collide.
 */
public final class AuditKey {

    static final int MIN_LENGTH = 32;

    /** One initialised HMAC per thread: getting and initialising one was a tenth of an audit record's CPU. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private final SecretKeySpec key;
    private final String fingerprint;

    AuditKey(byte[] material) {
        if (material.length < MIN_LENGTH) {
            throw new AuditKeyException("审计密钥太短：至少 " + MIN_LENGTH + " 个字符 (kaohe.audit.key must have at least "
                    + MIN_LENGTH + " characters)");
        }
        this.key = new SecretKeySpec(material, "HmacSHA256");
        this.fingerprint = mac("kaohe-audit-key-id-v1").substring(0, 16);
    }

    /** Loads the key as configured; throws {@link AuditKeyException} with the way to fix it when there is none. */
    static AuditKey load(AuditProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new AuditKey(properties.key().strip().getBytes(StandardCharsets.UTF_8));
        }
        if (properties.keyFile() != null && !properties.keyFile().isBlank()) {
            Path file = Path.of(properties.keyFile());
            try {
                if (Files.notExists(file) && properties.generateKeyFile()) {
                    generate(file);
                }
                if (Files.exists(file)) {
                    return new AuditKey(Files.readString(file, StandardCharsets.UTF_8)
                            .strip()
                            .getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new AuditKeyException(
                        "审计密钥文件无法读取 (cannot read the audit key file " + file.toAbsolutePath() + "): " + e, e);
            }
            throw new AuditKeyException(
                    "审计密钥文件不存在 (the audit key file " + file.toAbsolutePath()
                            + " does not exist). Restore it, or point KAOHE_AUDIT_KEY_FILE at the file that sealed this chain.");
        }
        throw new AuditKeyException("未配置审计密钥，拒绝启动 (no audit key configured: refusing to start). The audit chain"
                + " is sealed with a key kept outside the database. Set KAOHE_AUDIT_KEY (kaohe.audit.key, at least "
                + MIN_LENGTH + " characters, e.g. `openssl rand -base64 32`) or KAOHE_AUDIT_KEY_FILE"
                + " (kaohe.audit.key-file). Keep the key: without it the chain cannot be verified.");
    }

    private static void generate(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the default permissions
        }
    }

    /** HMAC-SHA256 over the parts, each length-prefixed (null distinct from empty), as 64 hex digits. */
    String mac(String... parts) {
        Mac mac = macs.get();
        mac.reset();
        for (String part : parts) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            mac.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(bytes);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short public fingerprint, stored with the chain, to tell "wrong key" from "tampered". */
    String fingerprint() {
        return fingerprint;
    }
}
