package cn.kaohe.target;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completion of targets: the unit reports with evidence, the inspection (察访核验) checks. */
@Service
public class TargetCompletions {

    private final TargetRepository targets;
    private final TargetBooks books;
    private final AuditTrail audit;
    private final Clock clock;

    TargetCompletions(TargetRepository targets, TargetBooks books, AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.books = books;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit (its own cadres) or the office on its behalf reports a target's completion with evidence. */
    @Transactional
    public Target report(long targetId, TargetRules.Completion completion, TargetService.Actor actor) {
        Target t = target(targetId);
        books.requireOwnUnit(t.getUnitId(), actor);
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

    private Target target(long id) {
        return targets.findById(id).orElseThrow(() -> KaoheException.notFound("目标", id));
    }
}
