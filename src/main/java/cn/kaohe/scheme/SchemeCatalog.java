package cn.kaohe.scheme;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheme versions of this installation: created from a preset or from a document the office wrote,
 * never changed afterwards (a change is a new version), frozen when a campaign uses them.
 */
@Service
public class SchemeCatalog {

    private final StoredSchemeRepository repository;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;
    /** Parsed documents by id; safe to cache on every node because a version never changes. */
    private final Map<Long, SchemeVersion> parsed = new ConcurrentHashMap<>();

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SchemeCatalog(
            StoredSchemeRepository repository,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.repository = repository;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The approvals' numbers (leave, deposits, work plans) of the scheme a cadre is assessed under now: the scheme of the
     * latest campaign that assessed them; the seeds' values when none did.
     */
    @Transactional(readOnly = true)
    public cn.kaohe.scoring.model.Approvals approvalsOf(long cadreId) {
        List<Long> ids = jdbc.queryForList(
                "select c.scheme_version_id from assessment a join campaign c on c.id = a.campaign_id"
                        + " where a.cadre_id = ? order by c.period_start desc, c.id desc limit 1",
                Long.class,
                cadreId);
        return ids.isEmpty()
                ? cn.kaohe.scoring.model.Approvals.SEEDS
                : model(ids.get(0)).approvals();
    }

    /** Creates a new version from one of the presets that ship with Kaohe. */
    @Transactional
    public StoredScheme importPreset(String presetCode, ProcessSettings settings) {
        SchemePresets.Preset preset = SchemePresets.list().stream()
                .filter(p -> p.code().equals(presetCode))
                .findFirst()
                .orElseThrow(() -> KaoheException.notFound("方案模板", presetCode));
        if (settings == null && CONFIDENTIAL_PRESETS.contains(preset.code())) {
            // seed 001 篇三 六: 考核结果只有被考核者本人、考核小组成员了解 — no public list
            settings = new ProcessSettings(3, 30, 24, 7, false);
        }
        return store(SchemePresets.text(preset.code()), Format.YAML, preset.code(), settings);
    }

    /** Presets whose seed keeps results confidential: no public notice unless the office asks for one. */
    static final java.util.Set<String> CONFIDENTIAL_PRESETS = java.util.Set.of("student-cadre");

    /** Creates a new version from a document (YAML or JSON); validated fully before anything is stored. */
    @Transactional
    public StoredScheme create(String document, Format format, ProcessSettings settings) {
        return store(document, format, null, settings);
    }

    private StoredScheme store(String document, Format format, String preset, ProcessSettings settings) {
        ProcessSettings checked = (settings == null ? ProcessSettings.DEFAULT : settings).validated();
        SchemeVersion scheme = SchemeDocuments.read(document, format);
        // keep the office's own text (with its comments) when it is YAML; JSON is stored as YAML text
        String yaml = format == Format.YAML ? document : SchemeDocuments.write(scheme, Format.YAML);
        int next = repository.lastVersion(scheme.code()).orElse(0) + 1;
        StoredScheme stored = repository.saveAndFlush(new StoredScheme(
                scheme.code(),
                next,
                scheme.name(),
                yaml,
                sha256(yaml),
                preset,
                checked,
                actor.name(),
                OffsetDateTime.now(clock)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", stored.getCode());
        after.put("version", stored.getVersionNo());
        after.put("checksum", stored.getChecksum());
        after.put("settings", checked);
        audit.record(AuditEvent.created("SCHEME_VERSION_CREATED", "SchemeVersion", stored.getId(), after, preset));
        return stored;
    }

    /** Freezes the version: a campaign uses it. Idempotent. */
    @Transactional
    public StoredScheme freeze(long id) {
        StoredScheme s = stored(id);
        if (!s.isFrozen()) {
            s.freeze(OffsetDateTime.now(clock));
            audit.record(AuditEvent.changed("SCHEME_VERSION_FROZEN", "SchemeVersion", id, false, true, null));
        }
        return s;
    }

    @Transactional(readOnly = true)
    public StoredScheme stored(long id) {
        return repository.findById(id).orElseThrow(() -> KaoheException.notFound("考核方案版本", id));
    }

    @Transactional(readOnly = true)
    public List<StoredScheme> all() {
        return repository.findAllByOrderByCodeAscVersionNoDesc();
    }

    /** The parsed rules of a version. */
    @Transactional(readOnly = true)
    public SchemeVersion model(long id) {
        SchemeVersion cached = parsed.get(id);
        if (cached != null) {
            return cached;
        }
        SchemeVersion scheme = SchemeDocuments.read(stored(id).getDocument(), Format.YAML);
        parsed.put(id, scheme);
        return scheme;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
