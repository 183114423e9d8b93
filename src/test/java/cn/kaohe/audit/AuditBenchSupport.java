package cn.kaohe.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The audit module's append paths and sealer, opened up for {@code bench.AuditAppendBenchmark} (test code only). */
public final class AuditBenchSupport {

    private final AuditKey key;
    private final Clock clock = Clock.systemUTC();

    public AuditBenchSupport(String key) {
        this.key = new AuditKey(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The sealer as it runs on a node (waits for a sealer busy elsewhere when {@code wait}). */
    public IntSupplier sealer(DataSource dataSource, boolean wait) {
        AuditProperties properties =
                new AuditProperties(null, null, false, null, false, Duration.ofSeconds(1), 500, false);
        AuditSealer sealer = new AuditSealer(
                dataSource,
                new DataSourceTransactionManager(dataSource),
                key,
                new AuditAnchor(properties, key, clock),
                properties,
                clock);
        return () -> sealer.sealPending(wait);
    }

    /** What {@link AuditTrail#record} does now: insert, then the content seal on its own row. */
    public void appendSealedRecord(Connection c, String actor, String entityId, String after) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, after_state)"
                        + " values (?, ?, 'BENCH', 'Bench', ?, ?) returning id")) {
            ps.setObject(1, now);
            ps.setString(2, actor);
            ps.setString(3, entityId);
            ps.setString(4, after);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        String mac = AuditHash.content(key, id, now, actor, "BENCH", "Bench", entityId, null, null, after, null);
        try (PreparedStatement ps = c.prepareStatement("update audit_record set content_mac = ? where id = ?")) {
            ps.setString(1, mac);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** What {@link AuditTrail#record} did before V11: lock the head row, insert with the hash, move the head. */
    public void appendThroughTheHeadRow(Connection c, String actor, String entityId, String after) throws SQLException {
        String prev;
        try (PreparedStatement ps =
                        c.prepareStatement("select last_hash from audit_chain_head where id = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            prev = rs.getString(1);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.legacy(prev, now, actor, "BENCH", "Bench", entityId, null, null, after, null);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, after_state,"
                        + " prev_hash, hash) values (?, ?, 'BENCH', 'Bench', ?, ?, ?, ?) returning id")) {
            ps.setObject(1, now);
            ps.setString(2, actor);
            ps.setString(3, entityId);
            ps.setString(4, after);
            ps.setString(5, prev);
            ps.setString(6, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")) {
            ps.setLong(1, id);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }
}
