package cn.kaohe.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The head of the chain written outside the database after every sealing: one line per sealing appended to the
 * anchor file ({@code kaohe.audit.anchor-file}) and, if {@code kaohe.audit.anchor-log}, to the log. Someone who can
 * only write to the database cannot take back what the anchor has seen, so records deleted from the end of the
 * chain (with the head row moved back) are found.
 */
@Component
class AuditAnchor {

    private static final Logger ANCHOR_LOG = LoggerFactory.getLogger("cn.kaohe.audit.anchor");
    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

    /** One anchored head: the chain was sealed up to {@code position} and its link there was {@code hash}. */
    record Entry(long position, String hash) {}

    /** What the anchor file vouches for: its highest entry (null if none), or why it could not be read. */
    record Reading(Entry latest, String problem) {}

    private final Path file;
    private final boolean toLog;
    private final String keyId;
    private final Clock clock;
    private final AtomicLong highest = new AtomicLong(-1);

    AuditAnchor(AuditProperties properties, AuditKey key, Clock clock) {
        this.file = properties.anchorFile() == null || properties.anchorFile().isBlank()
                ? null
                : Path.of(properties.anchorFile());
        this.toLog = properties.anchorLog();
        this.keyId = key.fingerprint();
        this.clock = clock;
    }

    /** Records that the chain is sealed up to {@code position}; called after the sealing committed. */
    void append(long position, String hash) {
        highest.accumulateAndGet(position, Math::max);
        if (toLog) {
            ANCHOR_LOG.info("audit chain sealed to position {} hash {}", position, hash);
        }
        if (file == null) {
            return;
        }
        String line = Instant.now(clock) + " position=" + position + " hash=" + hash + " key=" + keyId + "\n";
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(
                    file,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            log.error("Cannot append to the audit anchor file {}: {}", file.toAbsolutePath(), e.toString());
        }
    }

    /** The highest position this node has anchored (from its file at first use), -1 if none. */
    long highestKnown() {
        if (highest.get() < 0 && file != null) {
            Reading r = read();
            if (r.latest() != null) {
                highest.accumulateAndGet(r.latest().position(), Math::max);
            }
        }
        return highest.get();
    }

    /** Reads the whole anchor file; its entries may be out of order when several nodes share it. */
    Reading read() {
        if (file == null || Files.notExists(file)) {
            return new Reading(null, null);
        }
        Entry latest = null;
        long lineNo = 0;
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Entry e = parse(line);
                if (e == null) {
                    return new Reading(
                            null, "锚点文件第 " + lineNo + " 行无法解析 (anchor file " + file + " line " + lineNo + ")");
                }
                if (latest == null || e.position() > latest.position()) {
                    latest = e;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return new Reading(null, "锚点文件无法读取 (cannot read anchor file " + file.toAbsolutePath() + "): " + e);
        }
        return new Reading(latest, null);
    }

    String describe() {
        return file == null ? "none" : file.toAbsolutePath().normalize().toString();
    }

    private static Entry parse(String line) {
        Long position = null;
        String hash = null;
        for (String field : line.strip().split(" ")) {
            if (field.startsWith("position=")) {
                try {
                    position = Long.parseLong(field.substring("position=".length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (field.startsWith("hash=")) {
                hash = field.substring("hash=".length());
            }
        }
        return position == null || hash == null || hash.length() != 64 ? null : new Entry(position, hash);
    }
}
