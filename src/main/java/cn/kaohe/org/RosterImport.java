package cn.kaohe.org;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The roster import (花名册导入). All or nothing: every row is parsed and checked (in the row, across the
 * file and against the stored cadres) before anything is written; any problem rejects the whole file
 * with every problem listed by row and column. Re-importing updates cadres by 工号 (audited). A dry
 * run does the whole import and rolls it back, so its summary is exactly what a real run would do.
 */
@Service
public class RosterImport {

    private static final int CHUNK = 100;

    private final OrgUnitRepository units;
    private final CadreRepository cadres;
    private final AuditTrail auditTrail;
    private final EntityManager entityManager;
    private final PostHistory posts;

    RosterImport(
            OrgUnitRepository units,
            CadreRepository cadres,
            AuditTrail auditTrail,
            EntityManager entityManager,
            PostHistory posts) {
        this.posts = posts;
        this.units = units;
        this.cadres = cadres;
        this.auditTrail = auditTrail;
        this.entityManager = entityManager;
    }

    @Transactional
    public ImportSummary importRoster(String filename, byte[] content, boolean dryRun, String reason) {
        RawRoster raw = RosterReader.read(filename, content);
        // unit names are unique within their parent only: a cell names a unit by code, unique name or 上级/名称
        RosterRowParser.Result parsed =
                RosterRowParser.parse(raw, new UnitDirectory(units.findAll()).withHomeOf(unitCells(raw)));
        List<Problem> problems = new ArrayList<>(parsed.problems());

        Map<String, Cadre> stored =
                cadres.findAll().stream().collect(Collectors.toMap(Cadre::getCode, Function.identity()));
        Map<String, RosterEntry> byCode = new LinkedHashMap<>();
        Map<String, CadreData> planned = new LinkedHashMap<>();
        for (RosterEntry entry : parsed.entries()) {
            RosterEntry first = byCode.putIfAbsent(entry.code(), entry);
            if (first != null) {
                problems.add(problem(entry, RosterColumn.CODE, "工号「" + entry.code() + "」与第 " + first.row() + " 行重复"));
                continue;
            }
            Cadre existing = stored.get(entry.code());
            if (existing != null && !existing.getName().equals(entry.name())) {
                problems.add(problem(
                        entry,
                        RosterColumn.NAME,
                        "工号「" + entry.code() + "」在系统中是「" + existing.getName() + "」，与本行姓名「" + entry.name()
                                + "」不符（如确需改名，请在干部信息中修改）"));
                continue;
            }
            CadreData data = entry.overlay(existing == null ? null : existing.data());
            boolean hasSecondment = data.secondment() != null
                    || (existing != null && !existing.getSecondments().isEmpty());
            CadreRules.check(data, hasSecondment, (column, message) -> problems.add(problem(entry, column, message)));
            planned.put(entry.code(), data);
        }
        checkAcrossCadres(stored, byCode, planned, problems);

        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(p -> columnOrder(p.field())));
            throw new KaoheException(OrgError.ROSTER_INVALID, problems, problems.size());
        }

        String why = reason == null || reason.isBlank() ? "花名册导入：" + filename : reason.strip();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        // Write in chunks with a flush and a cleared persistence context after each: every audit record flushes,
        // and with thousands of managed cadres each flush would dirty-check them all (quadratic time).
        entityManager.flush();
        entityManager.clear();
        List<String> codes = new ArrayList<>(planned.keySet());
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            List<PostHistory.Now> moved = new ArrayList<>();
            Map<String, Cadre> current = cadres.findWithCollectionsByCodeIn(chunk).stream()
                    .collect(Collectors.toMap(Cadre::getCode, Function.identity()));
            for (String code : chunk) {
                CadreData data = planned.get(code);
                Cadre existing = current.get(code);
                if (existing == null) {
                    Cadre cadre = cadres.save(new Cadre(data));
                    moved.add(PostHistory.Now.of(cadre));
                    created.add(code);
                    auditTrail.record(AuditEvent.created("CADRE_CREATED", "Cadre", code, cadre.snapshot(), why));
                } else {
                    CadreSnapshot before = existing.snapshot();
                    existing.apply(data);
                    CadreSnapshot after = existing.snapshot();
                    if (before.equals(after)) {
                        unchanged++;
                    } else {
                        moved.add(PostHistory.Now.of(existing));
                        updated.add(code);
                        auditTrail.record(AuditEvent.changed("CADRE_UPDATED", "Cadre", code, before, after, why));
                    }
                }
            }
            entityManager.flush();
            // the history follows the imported units and posts (docs/adr/0017)
            posts.follow(moved);
            entityManager.clear();
        }
        ImportSummary summary = new ImportSummary(
                dryRun,
                planned.size(),
                created.size(),
                updated.size(),
                unchanged,
                parsed.skippedExamples(),
                List.copyOf(created),
                List.copyOf(updated));
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else if (!created.isEmpty() || !updated.isEmpty()) {
            auditTrail.record(
                    AuditEvent.created("ROSTER_IMPORTED", "Roster", filename == null ? "-" : filename, summary, why));
        }
        return summary;
    }

    /**
     * Checks that span cadres, on the state after the import (stored cadres overlaid by the file):
     * unique login names, one 考核领导小组主任, one 绩考办主任, one cadre leading the assessment work.
     */
    private static void checkAcrossCadres(
            Map<String, Cadre> stored,
            Map<String, RosterEntry> entries,
            Map<String, CadreData> planned,
            List<Problem> problems) {
        Map<String, String> loginOwner = new HashMap<>();
        Map<CommitteeRole, String> singularHolder = new HashMap<>();
        String leadHolder = null;
        // stored cadres the file does not change (not in it, or in a rejected row) keep their values
        for (Cadre c : stored.values()) {
            if (planned.containsKey(c.getCode())) {
                continue;
            }
            if (c.getLoginName() != null) {
                loginOwner.put(c.getLoginName(), c.getCode());
            }
            if (c.isActive()) {
                for (CommitteeRole role : c.getCommitteeRoles()) {
                    if (role.isSingular()) {
                        singularHolder.put(role, c.getCode());
                    }
                }
                if (c.isAssessmentLead()) {
                    leadHolder = c.getCode();
                }
            }
        }
        for (Map.Entry<String, CadreData> e : planned.entrySet()) {
            RosterEntry entry = entries.get(e.getKey());
            CadreData data = e.getValue();
            if (data.loginName() != null) {
                String owner = loginOwner.putIfAbsent(data.loginName(), data.code());
                if (owner != null) {
                    problems.add(problem(
                            entry,
                            RosterColumn.LOGIN_NAME,
                            "登录名「" + data.loginName() + "」已被" + describe(owner, stored, entries, planned) + "使用"));
                }
            }
            for (CommitteeRole role : data.committeeRoles()) {
                if (role.isSingular()) {
                    String holder = singularHolder.putIfAbsent(role, data.code());
                    if (holder != null) {
                        problems.add(problem(
                                entry,
                                RosterColumn.COMMITTEE_ROLES,
                                role.label() + "只能有一人，已是" + describe(holder, stored, entries, planned)));
                    }
                }
            }
            if (data.assessmentLead()) {
                if (leadHolder != null) {
                    problems.add(problem(
                            entry,
                            RosterColumn.ASSESSMENT_LEAD,
                            "全面负责绩考工作的只能有一人，已是" + describe(leadHolder, stored, entries, planned)));
                } else {
                    leadHolder = data.code();
                }
            }
        }
    }

    private static String describe(
            String code, Map<String, Cadre> stored, Map<String, RosterEntry> entries, Map<String, CadreData> planned) {
        RosterEntry entry = entries.get(code);
        if (entry != null && planned.containsKey(code)) {
            return "第 " + entry.row() + " 行的" + entry.name() + "（" + code + "）";
        }
        Cadre c = stored.get(code);
        return (c == null ? "" : c.getName()) + "（" + code + "）";
    }

    private static Problem problem(RosterEntry entry, RosterColumn column, String message) {
        return Problem.ofRow(entry.row(), column.header(), message);
    }

    private static int columnOrder(String header) {
        return RosterColumn.ofHeader(header).map(Enum::ordinal).orElse(-1);
    }

    /** The cells of the 单位 column: they name the file's township (its leaders belong to it). */
    private static List<String> unitCells(RawRoster raw) {
        int column = raw.headers().indexOf(RosterColumn.UNIT.header());
        if (column < 0) {
            return List.of();
        }
        return raw.rows().stream()
                .map(r -> r.cell(column).trim())
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    }
}
