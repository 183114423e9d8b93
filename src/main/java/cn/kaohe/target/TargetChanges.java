package cn.kaohe.target;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a registered book (seed 004 第九条): a unit's request before the scheme's cut-off, the committee's
 * decision in the target-change process, its application, the escalation of an overdue decision, and the requests
 * described in words.
 */
@Service
public class TargetChanges {

    private static final String COMMITTEE = "group:committee";

    private final TargetRepository targets;
    private final TargetChangeRepository changes;
    private final SchemeCatalog schemes;
    private final TargetChangeWorkflow workflow;
    private final CampaignRoster roster;
    private final StatutoryClock statutoryClock;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final TargetBooks books;
    private final Clock clock;
    private final TargetProperties properties;

    TargetChanges(
            TargetRepository targets,
            TargetChangeRepository changes,
            SchemeCatalog schemes,
            TargetChangeWorkflow workflow,
            CampaignRoster roster,
            StatutoryClock statutoryClock,
            Notifications notifications,
            AuditTrail audit,
            TargetBooks books,
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
        this.books = books;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public TargetChange change(long id) {
        return changes.findById(id).orElseThrow(() -> KaoheException.notFound("目标调整申请", id));
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
                books.read(c.getAppliedBefore()).forEach(i -> before.put(i.id(), i));
            }
            List<String> lines = new ArrayList<>();
            for (TargetRules.Item r : books.read(c.getChanges())) {
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

    /**
     * A unit asks to change targets of its book (seed 004 第九条): before the scheme's cut-off (TARGET-005), with a
     * reason, naming targets of the book; the book must still add up. The committee decides in the target-change
     * process within {@code kaohe.targets.decision-days}.
     */
    @Transactional
    public TargetChange requestChange(TargetService.RequestChange cmd, TargetService.Actor actor) {
        TargetBook book = books.bookOf(cmd.schemeVersionId(), cmd.unitId(), cmd.period(), cmd.category());
        books.requireOwnUnit(book.unitId(), actor);
        Category category = books.category(book);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Period period = Period.parse(
                cn.kaohe.shared.Cycle.valueOf(
                        schemes.model(book.schemeVersionId()).cycle().name()),
                book.periodLabel());
        TargetRules.checkBeforeCutoff(
                category.completion().changeCutoffIn(period.start().getYear()), TargetBooks.today(clock));
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
        books.checkUnits(after, book.unitId(), "changes");
        books.openChange(book).ifPresent(c -> {
            throw new KaoheException(TargetError.CHANGE_OPEN, c.getId());
        });
        OffsetDateTime due = now.plusDays(properties.decisionDays());
        TargetChange change;
        try {
            change = changes.saveAndFlush(
                    new TargetChange(book, reason, books.write(cmd.changes()), actor.login(), now, due));
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
                        Map.of("book", TargetBooks.bookId(book), "reason", reason, "changes", cmd.changes()),
                        null));
        notifications.send(new Notifications.Message(
                NotificationKind.REMINDER,
                COMMITTEE,
                "目标调整申请待审批",
                books.unitName(book.unitId()) + "申请调整 " + book.periodLabel() + " 目标责任书（编号 " + change.getId() + "），请于 "
                        + TargetBooks.show(due) + " 前审批。",
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
        List<TargetRules.Item> requested = books.read(c.getChanges());
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
            before.add(TargetBooks.state(t));
            t.define(merge(t.item(), item));
            after.add(TargetBooks.state(t));
        }
        targets.saveAllAndFlush(current);
        c.applied(books.write(before));
        changes.saveAndFlush(c);
        audit.record(
                "system",
                AuditEvent.changed(
                        "TARGETS_CHANGED",
                        "TargetBook",
                        TargetBooks.bookId(c.book()),
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
                "目标调整申请（编号 " + changeId + "）未在 " + TargetBooks.show(c.getDecisionDue()) + " 前审批，请督办。",
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
}
