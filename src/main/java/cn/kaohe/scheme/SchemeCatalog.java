package cn.kaohe.scheme;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
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
    /** Parsed documents by checksum: a draft corrected in place gets a new checksum, so no node reads stale rules. */
    private final Map<String, SchemeVersion> parsed = new ConcurrentHashMap<>();

    /**
     * The parsed rules of frozen versions by id: a frozen version never changes again (a change is a new version), so
     * scoring a step reads it without the database (its row holds the whole document; docs/adr/0013).
     */
    private final Map<Long, SchemeVersion> frozenModels = new ConcurrentHashMap<>();

    private final CadreSchemeVersions assessedUnder;

    SchemeCatalog(
            StoredSchemeRepository repository,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock,
            CadreSchemeVersions assessedUnder) {
        this.repository = repository;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.assessedUnder = assessedUnder;
    }

    /**
     * The approvals' numbers (leave, deposits, work plans) of the scheme a cadre is assessed under now: the scheme of the
     * latest campaign that assessed them; the seeds' values when none did.
     */
    @Transactional(readOnly = true)
    public cn.kaohe.scoring.model.Approvals approvalsOf(long cadreId) {
        return assessedUnder
                .latestSchemeVersionOf(cadreId)
                .map(id -> model(id).approvals())
                .orElse(cn.kaohe.scoring.model.Approvals.SEEDS);
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

    /**
     * Corrects a draft in place (a version no campaign uses yet): every problem of the text at once (SCHEME-005), a
     * frozen version is a 409 (SCHEME-004), the code stays; audited with the text before and after and the note.
     */
    @Transactional
    public StoredScheme edit(long id, String document, String note) {
        String why = note(note);
        StoredScheme s = stored(id);
        if (s.isFrozen()) {
            throw new KaoheException(SchemeError.VERSION_FROZEN, s.getName(), s.getVersionNo());
        }
        SchemeVersion scheme = SchemeCheck.require(document);
        if (!scheme.code().equals(s.getCode())) {
            throw new KaoheException(
                    SchemeError.CODE_CHANGED, List.of(Problem.ofField("code", "方案编码应为 " + s.getCode())), s.getCode());
        }
        Map<String, Object> before = snapshot(s);
        s.revise(scheme.name(), document, sha256(document));
        repository.saveAndFlush(s);
        audit.record(AuditEvent.changed("SCHEME_VERSION_EDITED", "SchemeVersion", id, before, snapshot(s), why));
        return s;
    }

    /**
     * Saves an edited copy of a version (frozen or not) as a new version of the scheme its text names (the next
     * number of that code); audited with the version it was copied from, the new text and the note.
     */
    @Transactional
    public StoredScheme saveAsNewVersion(long baseId, String document, String note) {
        String why = note(note);
        StoredScheme base = stored(baseId);
        SchemeVersion scheme = SchemeCheck.require(document);
        int next = repository.lastVersion(scheme.code()).orElse(0) + 1;
        StoredScheme stored = repository.saveAndFlush(new StoredScheme(
                scheme.code(),
                next,
                scheme.name(),
                document,
                sha256(document),
                base.getPreset(),
                base.settings(),
                actor.name(),
                OffsetDateTime.now(clock)));
        Map<String, Object> before = snapshot(base);
        before.put("id", base.getId());
        audit.record(AuditEvent.changed(
                "SCHEME_VERSION_SAVED", "SchemeVersion", stored.getId(), before, snapshot(stored), why));
        return stored;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            throw new KaoheException(SchemeError.NOTE_REQUIRED, List.of(Problem.ofField("note", "请填写修改说明")));
        }
        if (note.length() > 500 || note.indexOf('\0') >= 0) {
            throw new KaoheException(
                    SchemeError.NOTE_REQUIRED, List.of(Problem.ofField("note", "修改说明最多 500 字，且不能含控制字符")));
        }
        return note.strip();
    }

    private static Map<String, Object> snapshot(StoredScheme s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.getCode());
        m.put("version", s.getVersionNo());
        m.put("name", s.getName());
        m.put("checksum", s.getChecksum());
        m.put("document", s.getDocument());
        return m;
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
        SchemeVersion known = frozenModels.get(id);
        if (known != null) {
            return known;
        }
        StoredScheme s = stored(id);
        SchemeVersion scheme =
                parsed.computeIfAbsent(s.getChecksum(), checksum -> SchemeDocuments.read(s.getDocument(), Format.YAML));
        if (s.isFrozen()) {
            frozenModels.put(id, scheme);
        }
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
