package cn.kaohe.target;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target register (目标责任书): the office registers a unit's book, the unit reports completion with evidence, the
 * inspection (察访核验) checks it, the unit asks for changes before the scheme's cut-off and the committee decides them
 * in the target-change process. Every change is audited with its before and after; bad input changes nothing.
 */
@Service
public class TargetService {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String COMMITTEE = "group:committee";

    private final TargetRepository targets;
    private final TargetChangeRepository changes;
    private final SchemeCatalog schemes;
    private final TargetChangeWorkflow workflow;
    private final CampaignRoster roster;
    private final StatutoryClock statutoryClock;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final TargetProperties properties;

    TargetService(
            TargetRepository targets,
            TargetChangeRepository changes,
            SchemeCatalog schemes,
            TargetChangeWorkflow workflow,
            CampaignRoster roster,
            StatutoryClock statutoryClock,
            Notifications notifications,
            AuditTrail audit,
            JdbcTemplate jdbc,
            ObjectMapper json,
            Clock clock,
            TargetProperties properties) {
        this.targets = targets;
        this.changes = changes;
        this.schemes = schemes;
        this.workflow = workflow;
        this.roster = roster;
        this.statutoryClock = statutoryClock;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** Who acts: the login, their cadre (if any) and whether they act for the office (绩考办). */
    public record Actor(String login, Long cadreId, boolean office) {}

    /** The office registers (or, before any report, replaces) a unit's book. */
    public record RegisterBook(
            Long schemeVersionId, Long unitId, String period, String category, List<TargetRules.Item> targets) {}

    /** A unit asks to change targets of its book: the reason and the new values of the targets it names by id. */
    public record RequestChange(
            Long schemeVersionId,
            Long unitId,
            String period,
            String category,
            String reason,
            List<TargetRules.Item> changes) {}

    @Transactional(readOnly = true)
    public List<Target> book(long schemeVersionId, long unitId, String period, String category) {
        TargetBook book = bookOf(schemeVersionId, unitId, period, category);
        return targets.ofBook(book);
    }

    @Transactional(readOnly = true)
    public List<Target> register(long schemeVersionId, String period) {
        return targets.findBySchemeVersionIdAndPeriodLabelOrderByUnitIdAscCategoryIdAscPositionAsc(
                schemeVersionId, period);
    }

    @Transactional(readOnly = true)
    public Target target(long id) {
        return targets.findById(id).orElseThrow(() -> KaoheException.notFound("目标", id));
    }

    @Transactional(readOnly = true)
    public List<TargetChange> changes(Long schemeVersionId, String period) {
        return schemeVersionId == null || period == null
                ? changes.findAllByOrderByIdDesc()
                : changes.findBySchemeVersionIdAndPeriodLabelOrderByIdDesc(schemeVersionId, period);
    }

    /**
     * A unit's book as the unit sees it: the scheme and category it feeds, the change cut-off (seed 004 第九条: the
     * first day a request is refused; null when the scheme sets none) and whether a request is still possible today,
     * its targets and its change requests (newest first).
     */
    public record UnitBook(
            TargetBook book,
            String schemeName,
            String categoryName,
            java.math.BigDecimal categoryPoints,
            LocalDate changeCutoff,
            boolean changesOpen,
            List<Target> targets,
            List<TargetChange> changes) {}

    /** Every book of a unit, newest period first, with its change requests (the unit's own view). */
    @Transactional(readOnly = true)
    public List<UnitBook> booksOfUnit(long unitId) {
        Map<TargetBook, List<Target>> books = new LinkedHashMap<>();
        for (Target t : targets.findByUnitIdOrderByPeriodLabelDescSchemeVersionIdDescCategoryIdAscPositionAsc(unitId)) {
            books.computeIfAbsent(
                            new TargetBook(t.getSchemeVersionId(), unitId, t.getPeriodLabel(), t.getCategoryId()),
                            k -> new ArrayList<>())
                    .add(t);
        }
        Map<TargetBook, List<TargetChange>> requests = new HashMap<>();
        changes.findByUnitIdOrderByIdDesc(unitId)
                .forEach(c -> requests.computeIfAbsent(c.book(), k -> new ArrayList<>())
                        .add(c));
        LocalDate today = today(clock);
        List<UnitBook> out = new ArrayList<>();
        books.forEach((book, list) -> {
            SchemeVersion scheme = schemes.model(book.schemeVersionId());
            SchemeVersion.Category category = category(book);
            LocalDate cutoff = category.completion() == null
                    ? null
                    : category.completion()
                            .changeCutoffIn(Period.parse(
                                            cn.kaohe.shared.Cycle.valueOf(
                                                    scheme.cycle().name()),
                                            book.periodLabel())
                                    .start()
                                    .getYear())
                            .orElse(null);
            out.add(new UnitBook(
                    book,
                    scheme.name(),
                    category.name(),
                    category.points(),
                    cutoff,
                    cutoff == null || today.isBefore(cutoff),
                    list,
                    requests.getOrDefault(book, List.of())));
        });
        return out;
    }

    /**
     * What each change request asks, in words (第2项“安全生产”：分值 25 → 20), against the targets before the change:
     * the values the approved change replaced, or the book as it stands while the request is open or refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> describe(Collection<TargetChange> list) {
        Map<Long, List<String>> out = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (TargetChange c : list) {
            Map<Long, Target> current = new HashMap<>();
            targets.ofBook(c.book()).forEach(t -> current.put(t.getId(), t));
            Map<Long, TargetRules.Item> before = new HashMap<>();
            current.forEach((id, t) -> before.put(id, t.item()));
            if (c.getAppliedBefore() != null) {
                read(c.getAppliedBefore()).forEach(i -> before.put(i.id(), i));
            }
            List<String> lines = new ArrayList<>();
            for (TargetRules.Item r : read(c.getChanges())) {
                Target t = r.id() == null ? null : current.get(r.id());
                TargetRules.Item b = r.id() == null ? null : before.get(r.id());
                if (b == null) {
                    lines.add("目标（编号 " + r.id() + "）已不在目标责任书中");
                    continue;
                }
                String head = (t == null ? "" : "第" + t.getPosition() + "项") + "“" + b.title() + "”：";
                lines.add(head
                        + String.join(
                                "；",
                                TargetRules.differences(
                                        b,
                                        merge(b, r),
                                        id -> names.computeIfAbsent(
                                                id, u -> roster.unitName(u).orElse(String.valueOf(u))))));
            }
            out.put(c.getId(), lines);
        }
        return out;
    }

    @Transactional(readOnly = true)
    public TargetChange change(long id) {
        return changes.findById(id).orElseThrow(() -> KaoheException.notFound("目标调整申请", id));
    }

    /**
     * Registers a unit's book: its points add up to the category's (TARGET-003), each target is sound (TARGET-002
     * naming the field). A book with a reported completion or an open change request cannot be replaced.
     */
    @Transactional
    public List<Target> registerBook(RegisterBook cmd, String user) {
        TargetBook book = bookOf(cmd.schemeVersionId(), cmd.unitId(), cmd.period(), cmd.category());
        SchemeVersion.Category category = category(book);
        List<TargetRules.Item> items = cmd.targets() == null ? List.of() : cmd.targets();
        TargetRules.checkBook(items, category.name(), category.points());
        checkUnits(items, book.unitId(), "targets");
        List<Target> existing = targets.ofBook(book);
        existing.stream().filter(Target::isReported).findFirst().ifPresent(t -> {
            throw new KaoheException(TargetError.ALREADY_REPORTED, unitName(book.unitId()));
        });
        openChange(book).ifPresent(c -> {
            throw new KaoheException(TargetError.CHANGE_OPEN, c.getId());
        });
        List<Map<String, Object>> before =
                existing.stream().map(TargetService::state).toList();
        targets.deleteAll(existing);
        targets.flush();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Target> saved = new ArrayList<>();
        try {
            for (int i = 0; i < items.size(); i++) {
                saved.add(targets.saveAndFlush(new Target(book, i + 1, items.get(i), user, now)));
            }
        } catch (DataIntegrityViolationException e) {
            // the same book registered by another request a moment ago (unique index target_book): nothing stored
            throw new KaoheException(cn.kaohe.shared.CommonError.CONFLICT);
        }
        audit.record(
                user,
                AuditEvent.changed(
                        existing.isEmpty() ? "TARGETS_REGISTERED" : "TARGETS_REPLACED",
                        "TargetBook",
                        bookId(book),
                        existing.isEmpty() ? null : before,
                        saved.stream().map(TargetService::state).toList(),
                        "登记目标责任书：" + unitName(book.unitId()) + " " + book.periodLabel()));
        return saved;
    }

    /** The unit (its own cadres) or the office on its behalf reports a target's completion with evidence. */
    @Transactional
    public Target report(long targetId, TargetRules.Completion completion, Actor actor) {
        Target t = target(targetId);
        requireOwnUnit(t.getUnitId(), actor);
        if (t.getCheckResult() != null) {
            throw new KaoheException(
                    TargetError.WRONG_STEP, "该目标已核验（" + t.getCheckResult().label() + "）", "再上报完成情况");
        }
        TargetRules.Completion c =
                completion == null ? new TargetRules.Completion(null, null, null, null, null, null) : completion;
        List<Problem> problems = TargetRules.completionProblems(t.getKind(), c);
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_COMPLETION, problems);
        }
        Map<String, Object> before = t.isReported() ? t.completionState() : null;
        t.report(c, actor.login(), OffsetDateTime.now(clock));
        targets.saveAndFlush(t);
        audit.record(
                actor.login(),
                AuditEvent.changed(
                        "TARGET_COMPLETION_REPORTED", "Target", targetId, before, t.completionState(), "上报目标完成情况"));
        return t;
    }

    /** The inspection (察访核验: the office or the committee) checks a target's completion. */
    @Transactional
    public Target check(long targetId, TargetRules.Check check, String user) {
        Target t = target(targetId);
        TargetRules.Check c = check == null ? new TargetRules.Check(null, null, null, null) : check;
        List<Problem> problems = TargetRules.checkProblems(t.getKind(), t.isReported(), c);
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_CHECK, problems);
        }
        Map<String, Object> before = t.completionState();
        t.check(c, user, OffsetDateTime.now(clock));
        targets.saveAndFlush(t);
        audit.record(
                user,
                AuditEvent.changed(
                        "TARGET_CHECKED",
                        "Target",
                        targetId,
                        before,
                        t.completionState(),
                        "察访核验：" + c.result().label()));
        return t;
    }

    /**
     * A unit asks to change targets of its book (seed 004 第九条): before the scheme's cut-off (TARGET-005), with a
     * reason, naming targets of the book; the book must still add up. The committee decides in the target-change
     * process within {@code kaohe.targets.decision-days}.
     */
    @Transactional
    public TargetChange requestChange(RequestChange cmd, Actor actor) {
        TargetBook book = bookOf(cmd.schemeVersionId(), cmd.unitId(), cmd.period(), cmd.category());
        requireOwnUnit(book.unitId(), actor);
        SchemeVersion.Category category = category(book);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Period period = Period.parse(
                cn.kaohe.shared.Cycle.valueOf(
                        schemes.model(book.schemeVersionId()).cycle().name()),
                book.periodLabel());
        TargetRules.checkBeforeCutoff(
                category.completion().changeCutoffIn(period.start().getYear()), today(clock));
        String reason = cmd.reason() == null ? "" : cmd.reason().strip();
        if (reason.isEmpty()) {
            throw new KaoheException(TargetError.REASON_REQUIRED, List.of(Problem.ofField("reason", "必填")));
        }
        if (reason.length() > TargetRules.MAX_NOTE || reason.indexOf('\0') >= 0) {
            throw TargetRules.invalid(
                    TargetError.INVALID_BOOK,
                    List.of(Problem.ofField("reason", "调整理由不超过 " + TargetRules.MAX_NOTE + " 字")));
        }
        if (cmd.changes() == null || cmd.changes().isEmpty()) {
            throw new KaoheException(TargetError.CHANGES_REQUIRED, List.of(Problem.ofField("changes", "必填")));
        }
        List<Target> current = targets.ofBook(book);
        List<TargetRules.Item> after = changedBook(current, cmd.changes());
        TargetRules.checkBook(after, category.name(), category.points());
        checkUnits(after, book.unitId(), "changes");
        openChange(book).ifPresent(c -> {
            throw new KaoheException(TargetError.CHANGE_OPEN, c.getId());
        });
        OffsetDateTime due = now.plusDays(properties.decisionDays());
        TargetChange change;
        try {
            change =
                    changes.saveAndFlush(new TargetChange(book, reason, write(cmd.changes()), actor.login(), now, due));
        } catch (DataIntegrityViolationException e) {
            // a double submit: the other request stored its change a moment ago (unique index target_change_open)
            throw new KaoheException(TargetError.CHANGE_OPEN, "—");
        }
        audit.record(
                actor.login(),
                AuditEvent.created(
                        "TARGET_CHANGE_REQUESTED",
                        "TargetChange",
                        change.getId(),
                        Map.of("book", bookId(book), "reason", reason, "changes", cmd.changes()),
                        null));
        notifications.send(new Notifications.Message(
                NotificationKind.REMINDER,
                COMMITTEE,
                "目标调整申请待审批",
                unitName(book.unitId()) + "申请调整 " + book.periodLabel() + " 目标责任书（编号 " + change.getId() + "），请于 "
                        + show(due) + " 前审批。",
                null,
                null,
                null));
        workflow.start(change.getId(), due);
        return change;
    }

    /** The committee decides through its task (or this method's REST twin, which completes the same task). */
    @Transactional
    public void decideThroughTask(long changeId, String user, Collection<String> groups, Boolean approve, String note) {
        change(changeId);
        workflow.decide(changeId, user, groups, approve, note);
    }

    /** The committee's decision, recorded when its task completes; answers whether the change was approved. */
    @Transactional
    public boolean decide(long changeId, String user, Boolean approve, String note) {
        TargetChange c = change(changeId);
        if (c.getStatus() != TargetChangeStatus.SUBMITTED) {
            throw new KaoheException(
                    TargetError.WRONG_STEP, "调整申请" + c.getStatus().label(), "再审批");
        }
        if (approve == null) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, List.of(Problem.ofField("approve", "请选择同意或不同意")));
        }
        String text = note == null ? null : note.strip();
        if (!approve && (text == null || text.isEmpty())) {
            throw new KaoheException(TargetError.REFUSAL_REASON_REQUIRED, List.of(Problem.ofField("note", "必填")));
        }
        if (text != null && (text.length() > TargetRules.MAX_NOTE || text.indexOf('\0') >= 0)) {
            throw TargetRules.invalid(
                    TargetError.INVALID_BOOK,
                    List.of(Problem.ofField("note", "审批意见不超过 " + TargetRules.MAX_NOTE + " 字")));
        }
        c.decide(approve, user, text, OffsetDateTime.now(clock));
        changes.saveAndFlush(c);
        audit.record(
                user,
                AuditEvent.changed(
                        approve ? "TARGET_CHANGE_APPROVED" : "TARGET_CHANGE_REFUSED",
                        "TargetChange",
                        changeId,
                        TargetChangeStatus.SUBMITTED.name(),
                        c.getStatus().name(),
                        text));
        notifications.send(new Notifications.Message(
                NotificationKind.RESULT,
                c.getRequestedBy(),
                approve ? "目标调整申请已批准" : "目标调整申请未批准",
                "您的目标调整申请（编号 " + changeId + "）" + c.getStatus().label() + (text == null ? "。" : "：" + text),
                null,
                null,
                null));
        return approve;
    }

    /** Seed 004 第九条 经区目标管理领导小组批准后执行: the approved values replace the book's (audited before/after). */
    @Transactional
    public void apply(long changeId) {
        TargetChange c = change(changeId);
        if (c.getStatus() != TargetChangeStatus.APPROVED || c.getAppliedBefore() != null) {
            return; // applied already (a retried job) or not approved
        }
        List<TargetRules.Item> requested = read(c.getChanges());
        List<Target> current = targets.ofBook(c.book());
        Map<Long, Target> byId = new HashMap<>();
        current.forEach(t -> byId.put(t.getId(), t));
        List<Map<String, Object>> before = new ArrayList<>();
        List<Map<String, Object>> after = new ArrayList<>();
        for (TargetRules.Item item : requested) {
            Target t = byId.get(item.id());
            if (t == null) {
                continue;
            }
            before.add(state(t));
            t.define(merge(t.item(), item));
            after.add(state(t));
        }
        targets.saveAllAndFlush(current);
        c.applied(write(before));
        changes.saveAndFlush(c);
        audit.record(
                "system",
                AuditEvent.changed(
                        "TARGETS_CHANGED",
                        "TargetBook",
                        bookId(c.book()),
                        before,
                        after,
                        "目标调整申请（编号 " + changeId + "）经领导小组批准后执行"));
    }

    /** The committee's deadline passed undecided: recorded once and escalated to the committee head. */
    @Transactional
    public void decisionOverdue(long changeId) {
        TargetChange c = change(changeId);
        if (c.getStatus() != TargetChangeStatus.SUBMITTED || c.isDecisionEscalated()) {
            return;
        }
        if (!statutoryClock.reached(c.getDecisionDue(), "TargetChange", changeId, "目标调整审批超时上报")) {
            return;
        }
        c.escalated();
        changes.saveAndFlush(c);
        String to = roster.committeeHeadLogin().orElse(COMMITTEE);
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                to,
                "目标调整审批超时",
                "目标调整申请（编号 " + changeId + "）未在 " + show(c.getDecisionDue()) + " 前审批，请督办。",
                null,
                null,
                null));
        audit.record(
                "system",
                AuditEvent.changed(
                        "TARGET_CHANGE_OVERDUE",
                        "TargetChange",
                        changeId,
                        null,
                        Map.of("escalatedTo", to),
                        "超过审批期限未审批"));
    }

    /** Units by id with their names, for views. */
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : Set.copyOf(ids)) {
            if (id != null) {
                roster.unitName(id).ifPresent(n -> names.put(id, n));
            }
        }
        return names;
    }

    /** The active unit of a cadre, if any (a unit's own cadres report and ask for changes). */
    @Transactional(readOnly = true)
    public Optional<Long> unitOfCadre(Long cadreId) {
        if (cadreId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select unit_id from cadre where id = ? and active", Long.class, cadreId).stream()
                .findFirst();
    }

    private void requireOwnUnit(long unitId, Actor actor) {
        if (actor.office()) {
            return;
        }
        if (!unitOfCadre(actor.cadreId()).map(u -> u == unitId).orElse(false)) {
            throw new KaoheException(TargetError.NOT_YOUR_UNIT);
        }
    }

    private List<TargetRules.Item> changedBook(List<Target> current, List<TargetRules.Item> requested) {
        Map<Long, TargetRules.Item> byId = new LinkedHashMap<>();
        current.forEach(t -> byId.put(t.getId(), t.item()));
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            TargetRules.Item r = requested.get(i);
            if (r == null || r.id() == null || !byId.containsKey(r.id())) {
                problems.add(Problem.ofField("changes[" + i + "].id", "不是本目标责任书的目标"));
            } else if (!seen.add(r.id())) {
                problems.add(Problem.ofField("changes[" + i + "].id", "同一目标只能列一次"));
            } else {
                byId.put(r.id(), merge(byId.get(r.id()), r));
            }
        }
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, problems);
        }
        return List.copyOf(byId.values());
    }

    /** The requested values over the current ones: a field left out keeps its value. */
    static TargetRules.Item merge(TargetRules.Item current, TargetRules.Item r) {
        TargetKind kind = r.kind() == null ? current.kind() : r.kind();
        return new TargetRules.Item(
                current.id(),
                r.title() == null ? current.title() : r.title(),
                r.points() == null ? current.points() : r.points(),
                kind,
                kind == TargetKind.QUALITATIVE
                        ? null
                        : r.targetValue() == null ? current.targetValue() : r.targetValue(),
                kind == TargetKind.QUALITATIVE
                        ? null
                        : r.measureUnit() == null ? current.measureUnit() : r.measureUnit(),
                r.leadUnitId() == null ? current.leadUnitId() : r.leadUnitId(),
                r.coUnitIds() == null ? current.coUnitIds() : r.coUnitIds());
    }

    private void checkUnits(List<TargetRules.Item> items, long unitId, String field) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TargetRules.Item item = items.get(i);
            if (item.leadUnitId() != null && roster.unitName(item.leadUnitId()).isEmpty()) {
                problems.add(Problem.ofField(field + "[" + i + "].leadUnitId", "单位不存在：" + item.leadUnitId()));
            }
            Long lead = item.leadUnitId() == null ? unitId : item.leadUnitId();
            for (Long co : item.coUnitIds() == null ? List.<Long>of() : item.coUnitIds()) {
                if (co != null && roster.unitName(co).isEmpty()) {
                    problems.add(Problem.ofField(field + "[" + i + "].coUnitIds", "单位不存在：" + co));
                } else if (Objects.equals(co, lead)) {
                    problems.add(Problem.ofField(field + "[" + i + "].coUnitIds", "牵头单位不能同时是协办单位"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, problems);
        }
    }

    private TargetBook bookOf(Long schemeVersionId, Long unitId, String period, String category) {
        List<Problem> problems = new ArrayList<>();
        if (schemeVersionId == null) {
            problems.add(Problem.ofField("schemeVersionId", "必填"));
        }
        if (unitId == null) {
            problems.add(Problem.ofField("unitId", "必填"));
        }
        if (period == null || period.isBlank()) {
            problems.add(Problem.ofField("period", "必填"));
        }
        if (!problems.isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, problems);
        }
        SchemeVersion scheme = schemes.model(schemeVersionId);
        String schemeName = scheme.name();
        if (scheme.subjectKind() != SchemeVersion.SubjectKind.UNIT) {
            throw new KaoheException(
                    TargetError.NOT_A_UNIT_SCHEME, List.of(Problem.ofField("schemeVersionId", schemeName)), schemeName);
        }
        List<SchemeVersion.Category> completion = scheme.categories().stream()
                .filter(c -> c.source() == SchemeVersion.CategorySource.COMPLETION)
                .toList();
        if (completion.isEmpty()) {
            throw new KaoheException(
                    TargetError.NO_COMPLETION_CATEGORY,
                    List.of(Problem.ofField("schemeVersionId", schemeName)),
                    schemeName);
        }
        String categoryId = category == null || category.isBlank() && completion.size() == 1
                ? completion.get(0).id()
                : category;
        if (completion.stream().noneMatch(c -> c.id().equals(categoryId))) {
            throw new KaoheException(
                    TargetError.UNKNOWN_CATEGORY,
                    List.of(Problem.ofField("category", String.valueOf(categoryId))),
                    categoryId);
        }
        if (roster.unitName(unitId).isEmpty()) {
            throw TargetRules.invalid(TargetError.INVALID_BOOK, List.of(Problem.ofField("unitId", "单位不存在：" + unitId)));
        }
        String label;
        try {
            label = Period.parse(cn.kaohe.shared.Cycle.valueOf(scheme.cycle().name()), period.strip())
                    .label();
        } catch (IllegalArgumentException e) {
            throw new KaoheException(
                    TargetError.BAD_PERIOD, List.of(Problem.ofField("period", e.getMessage())), period, e.getMessage());
        }
        return new TargetBook(schemeVersionId, unitId, label, categoryId);
    }

    private SchemeVersion.Category category(TargetBook book) {
        return schemes.model(book.schemeVersionId()).categories().stream()
                .filter(c -> c.id().equals(book.categoryId()))
                .findFirst()
                .orElseThrow();
    }

    private Optional<TargetChange> openChange(TargetBook b) {
        return changes
                .findBySchemeVersionIdAndUnitIdAndPeriodLabelAndCategoryIdAndStatus(
                        b.schemeVersionId(), b.unitId(), b.periodLabel(), b.categoryId(), TargetChangeStatus.SUBMITTED)
                .stream()
                .findFirst();
    }

    private String unitName(long unitId) {
        return roster.unitName(unitId).orElse(String.valueOf(unitId));
    }

    static String bookId(TargetBook b) {
        return b.schemeVersionId() + ":" + b.unitId() + ":" + b.periodLabel() + ":" + b.categoryId();
    }

    static Map<String, Object> state(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getId());
        m.put("title", t.getTitle());
        m.put("points", t.getPoints());
        m.put("kind", t.getKind());
        m.put("targetValue", t.getTargetValue());
        m.put("measureUnit", t.getMeasureUnit());
        m.put("leadUnitId", t.getLeadUnitId());
        m.put("coUnitIds", t.coUnits());
        return m;
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TargetRules.Item> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<TargetRules.Item>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String show(OffsetDateTime t) {
        return t.atZoneSameInstant(KaoheZone.ZONE).format(SHOW);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(KaoheZone.ZONE));
    }
}
