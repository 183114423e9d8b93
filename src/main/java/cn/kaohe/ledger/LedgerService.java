package cn.kaohe.ledger;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.Vocabulary;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.Valuation;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (台账): the office records facts with evidence; nothing is edited in place, a correction is
 * a new entry that reverses the old one. Types, levels and committee ranges are checked against the
 * schemes stored in this installation.
 */
@Service
public class LedgerService {

    private final LedgerEntryRepository entries;
    private final SchemeCatalog schemes;
    private final JdbcTemplate jdbc;
    private final OrgLookups org;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    LedgerService(
            LedgerEntryRepository entries,
            SchemeCatalog schemes,
            JdbcTemplate jdbc,
            OrgLookups org,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.entries = entries;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** A fact type the schemes know, with its name and levels, for the entry form. */
    public record FactType(
            String type,
            String name,
            String clause,
            List<String> levels,
            boolean committeeDecides,
            BigDecimal minPoints,
            BigDecimal maxPoints) {

        /** The levels by their Chinese names (省级, 警告, 三类), in the scheme's order. */
        @JsonProperty
        public Map<String, String> levelLabels() {
            Map<String, String> labels = new LinkedHashMap<>();
            levels.forEach(l -> labels.put(l, Vocabulary.level(l)));
            return labels;
        }

        /** The clause without the seed's file number: 三(二)1 instead of "seed 000 三(二)1". */
        @JsonProperty
        public String clauseLabel() {
            return clause == null
                    ? null
                    : clause.replaceFirst("^seed\\s+\\d+\\s*", "").strip();
        }

        /** Whether the form asks for a figure (分值): only where the committee decides it. */
        @JsonProperty
        public boolean takesPoints() {
            return committeeDecides;
        }
    }

    /** Every fact type of the stored schemes (first definition wins for the name). */
    @Transactional(readOnly = true)
    public Map<String, FactType> factTypes() {
        Map<String, FactType> types = new LinkedHashMap<>();
        for (StoredScheme s : schemes.all()) {
            SchemeVersion model = schemes.model(s.getId());
            for (FactRule r : model.factRules()) {
                FactType known = types.get(r.factType());
                List<String> levels = new ArrayList<>(known == null ? List.of() : known.levels());
                r.levels().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
                boolean committee = r.valuation() == Valuation.COMMITTEE;
                types.put(
                        r.factType(),
                        new FactType(
                                r.factType(),
                                known == null ? r.name() : known.name(),
                                known == null ? r.clause() : known.clause(),
                                List.copyOf(levels),
                                committee || (known != null && known.committeeDecides()),
                                committee ? r.minPoints() : known == null ? null : known.minPoints(),
                                committee ? r.maxPoints() : known == null ? null : known.maxPoints()));
            }
        }
        return types;
    }

    @Transactional
    public LedgerEntry record(RecordFact fact) {
        if (fact == null) {
            throw KaoheException.invalid(List.of(Problem.ofField("factType", "请选择台账事项类型")));
        }
        Map<String, FactType> types = factTypes();
        if (types.isEmpty()) {
            throw new KaoheException(LedgerError.NO_SCHEME);
        }
        // every problem of the form at once, each at its field (issue 16)
        List<Problem> problems = new ArrayList<>();
        FactType type = null;
        if (fact.factType() == null || fact.factType().isBlank()) {
            problems.add(Problem.ofField("factType", "请选择台账事项类型"));
        } else {
            type = types.get(fact.factType());
            if (type == null) {
                problems.add(at("factType", LedgerError.UNKNOWN_FACT_TYPE, fact.factType()));
            }
        }
        if (fact.occurredOn() == null) {
            problems.add(Problem.ofField("occurredOn", "请填写发生日期"));
        }
        if (type != null && !type.levels().isEmpty()) {
            String choices = String.join("、", type.levelLabels().values());
            if (fact.level() == null || fact.level().isBlank()) {
                problems.add(at("level", LedgerError.LEVEL_REQUIRED, type.name(), choices));
            } else if (!type.levels().contains(fact.level())) {
                problems.add(
                        at("level", LedgerError.WRONG_LEVEL, type.name(), Vocabulary.level(fact.level()), choices));
            }
        }
        if (type != null && type.committeeDecides()) {
            if (fact.points() == null) {
                problems.add(at("points", LedgerError.POINTS_REQUIRED, type.name()));
            } else if ((type.minPoints() != null && fact.points().compareTo(type.minPoints()) < 0)
                    || (type.maxPoints() != null && fact.points().compareTo(type.maxPoints()) > 0)) {
                problems.add(at(
                        "points",
                        LedgerError.POINTS_OUT_OF_RANGE,
                        type.name(),
                        plain(type.minPoints()),
                        plain(type.maxPoints()),
                        fact.points().toPlainString()));
            }
            if (fact.reason() == null || fact.reason().isBlank()) {
                problems.add(at("reason", LedgerError.POINTS_REQUIRED, type.name()));
            }
        } else if (type != null && fact.points() != null) {
            problems.add(Problem.ofField("points", "“" + type.name() + "”的分值由考核方案规定，不填分值"));
        }
        BigDecimal quantity = fact.quantity() == null ? BigDecimal.ONE : fact.quantity();
        if (quantity.signum() < 0) {
            problems.add(Problem.ofField("quantity", "次数/天数不能为负数"));
        } else if (quantity.signum() == 0) {
            problems.add(Problem.ofField("quantity", "次数/天数须大于 0"));
        }
        if (fact.points() != null && fact.points().signum() < 0) {
            // the figure is a magnitude: whether it is added or deducted follows from the fact type
            problems.add(Problem.ofField("points", "分值不能为负数，现为 " + fact.points().toPlainString()));
        }
        if (quantity.compareTo(BigDecimal.valueOf(10_000)) > 0 || quantity.scale() > 4) {
            problems.add(Problem.ofField("quantity", "次数/天数不超过 10000，最多4位小数"));
        }
        if (fact.points() != null
                && (fact.points().abs().compareTo(BigDecimal.valueOf(10_000)) > 0
                        || fact.points().scale() > 4)) {
            problems.add(Problem.ofField("points", "分值不超过 ±10000，最多4位小数"));
        }
        if (fact.amount() != null
                && (fact.amount().abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0
                        || fact.amount().scale() > 2)) {
            problems.add(Problem.ofField("amount", "金额不超过 10 亿元，最多2位小数"));
        }
        for (String[] text : new String[][] {
            {"reason", fact.reason()},
            {"evidence", fact.evidence()},
            {"workItemKey", fact.workItemKey()},
            {"attachmentRef", fact.attachmentRef()}
        }) {
            int max = text[0].equals("workItemKey") ? 100 : text[0].equals("attachmentRef") ? 300 : 5000;
            if (text[1] != null && text[1].length() > max) {
                problems.add(Problem.ofField(text[0], "不超过 " + max + " 字"));
            }
        }
        if (fact.cadreId() == null && fact.unitId() == null) {
            problems.add(at("cadreId", LedgerError.SUBJECT_REQUIRED));
        }
        if (fact.cadreId() != null && !org.cadreExists(fact.cadreId())) {
            problems.add(Problem.ofField("cadreId", "干部不存在：" + fact.cadreId()));
        }
        if (fact.unitId() != null && !org.unitExists(fact.unitId())) {
            problems.add(Problem.ofField("unitId", "单位不存在：" + fact.unitId()));
        }
        if (fact.occurredOn() != null && fact.occurredOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.ofField("occurredOn", "发生日期不能晚于今天"));
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        LedgerEntry entry =
                entries.saveAndFlush(new LedgerEntry(fact, quantity, actor.name(), OffsetDateTime.now(clock), null));
        audit.record(AuditEvent.created("LEDGER_RECORDED", "LedgerEntry", entry.getId(), fact, fact.reason()));
        return entry;
    }

    /** Corrects an entry: a new entry that cancels it, with the reason. The original stays as it was. */
    @Transactional
    public LedgerEntry reverse(long entryId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw KaoheException.invalid(List.of(Problem.ofField("reason", "请填写更正理由")));
        }
        LedgerEntry original = entry(entryId);
        if (original.getReversesId() != null) {
            throw new KaoheException(LedgerError.REVERSAL_OF_REVERSAL);
        }
        if (entries.existsByReversesId(entryId)) {
            throw new KaoheException(LedgerError.ALREADY_REVERSED, entryId);
        }
        RecordFact copy = new RecordFact(
                original.getFactType(),
                original.getLevel(),
                original.getOccurredOn(),
                original.getCadreId(),
                original.getUnitId(),
                original.getQuantity(),
                original.getPoints(),
                original.getAmount(),
                original.isConsecutive(),
                original.getWorkItemKey(),
                reason.trim(),
                original.getEvidence(),
                original.getAttachmentRef());
        LedgerEntry reversal = entries.saveAndFlush(
                new LedgerEntry(copy, original.getQuantity(), actor.name(), OffsetDateTime.now(clock), entryId));
        audit.record(AuditEvent.changed(
                "LEDGER_REVERSED",
                "LedgerEntry",
                entryId,
                Map.of("active", true),
                Map.of("reversedBy", reversal.getId()),
                reason.trim()));
        return reversal;
    }

    @Transactional(readOnly = true)
    public LedgerEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> KaoheException.notFound("台账记录", id));
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> ofCadre(long cadreId, LocalDate from, LocalDate to) {
        return entries.findByCadreIdAndOccurredOnBetweenOrderByOccurredOnAscIdAsc(cadreId, from, to);
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> inPeriod(
            LocalDate from, LocalDate to, Collection<Long> cadreIds, Collection<Long> unitIds) {
        if (cadreIds.size() <= 1 && unitIds.size() <= 1) {
            // one assessment's score after a step: plain SQL (a repository query's proxies, plan lookup and entity
            // registration cost more than the read, docs/adr/0013); entries are inserted at once (identity ids) and
            // never edited, so nothing unflushed is missed
            return jdbc.query(
                    ONE_SUBJECT_IN_PERIOD, (rs, n) -> LedgerEntry.read(rs), from, to, only(cadreIds), only(unitIds));
        }
        return entries.inPeriod(
                from, to, cadreIds.isEmpty() ? List.of(-1L) : cadreIds, unitIds.isEmpty() ? List.of(-1L) : unitIds);
    }

    private static final String ONE_SUBJECT_IN_PERIOD = "select id, fact_type, level, occurred_on, cadre_id, unit_id,"
            + " quantity, points, amount, consecutive, work_item_key, reason, evidence, attachment_ref, recorded_by,"
            + " recorded_at, reverses_id from ledger_entry"
            + " where occurred_on between ? and ? and (cadre_id = ? or unit_id = ?) order by id";

    /** The one id of a list of at most one, or an id nothing has. */
    private static Long only(Collection<Long> ids) {
        return ids.isEmpty() ? -1L : ids.iterator().next();
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> latest() {
        return entries.findTop200ByOrderByIdDesc();
    }

    /** A ledger fact as a report cites it: its type, the day it happened and the reason given. */
    public record FactNote(long id, String factType, LocalDate occurredOn, String reason) {}

    /** The facts with the given ids, 500 per query (the report pack's cited facts). */
    @Transactional(readOnly = true)
    public List<FactNote> notes(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<FactNote> notes = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            String in = String.join(
                    ",",
                    all.subList(i, Math.min(all.size(), i + 500)).stream()
                            .map(String::valueOf)
                            .toList());
            jdbc.query("select id, fact_type, occurred_on, reason from ledger_entry where id in (" + in + ")", rs -> {
                notes.add(new FactNote(
                        rs.getLong("id"),
                        rs.getString("fact_type"),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("reason")));
            });
        }
        return notes;
    }

    /** A coded ledger error as a problem at a field (its Chinese message, without the code). */
    private static Problem at(String field, LedgerError error, Object... args) {
        return Problem.ofField(field, new KaoheException(error, args).getMessage());
    }

    private static String plain(BigDecimal b) {
        return b == null ? "—" : b.toPlainString();
    }
}
