package cn.kaohe.target;

import static cn.kaohe.target.TargetRulesTest.numeric;
import static cn.kaohe.target.TargetRulesTest.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The target-change approval (processes/target-change.bpmn) on the real engine and PostgreSQL: seed 004 第九条 因特殊情况
 * 确需调整目标任务的，由各部门于当年7月1日前向区目标办提出申请，经区目标管理领导小组批准后执行 — approved and applied (audited
 * before/after), refused with a reason (the book unchanged), overdue and escalated, refused after the cut-off.
 */
@IntegrationTest
class TargetChangeProcessIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    TargetService targets;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    AuditTrail audit;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    TargetDistrict d;
    long scheme;
    List<Target> book;

    @BeforeEach
    void registerABook() {
        time.set("2026-03-02T09:00");
        d = new TargetDistrict(org, cadres);
        scheme = schemes.importPreset("zhongshan-units", null).getId();
        // seed 004 第十二条(一) 工作目标基本分100分: 招商引资 40 + 十件实事 35 + 安全生产 25
        book = targets.registerBook(
                new TargetService.RegisterBook(
                        scheme,
                        d.development,
                        "2026",
                        "basic",
                        List.of(
                                numeric("招商引资到位资金", 40, 5000, "万元"),
                                qualitative("市区十件实事", 35),
                                qualitative("安全生产", 25))),
                "office-tester");
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** 招商引资 down to 35 points and 4000 万元, 安全生产 up to 30: the book still adds up to 100. */
    TargetService.RequestChange moveFivePoints() {
        return new TargetService.RequestChange(
                scheme,
                d.development,
                "2026",
                "basic",
                "受国家产业政策调整影响，招商引资目标下调",
                List.of(
                        new TargetRules.Item(
                                book.get(0).getId(),
                                null,
                                new BigDecimal("35"),
                                null,
                                new BigDecimal("4000"),
                                null,
                                null,
                                null),
                        new TargetRules.Item(
                                book.get(2).getId(), null, new BigDecimal("30"), null, null, null, null, null)));
    }

    InboxTask decisionTask(long changeId) {
        String id = taskService
                .createTaskQuery()
                .processInstanceBusinessKey("target-change-" + changeId)
                .singleResult()
                .getId();
        return tasks.of("committee-tester", "committee").stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    ProcessInstance processOf(long changeId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("target-change-" + changeId)
                .singleResult();
    }

    @Test
    void anApprovedChangeIsAppliedToTheBookAndAudited() {
        TargetChange change =
                targets.requestChange(moveFivePoints(), d.unitActor(d.developmentHead, d.developmentHeadLogin));
        assertThat(change.getStatus()).isEqualTo(TargetChangeStatus.SUBMITTED);
        // a week for the committee (kaohe.targets.decision-days, default 7)
        assertThat(change.getDecisionDue()).isEqualTo(EngineTime.at("2026-03-09T09:00"));
        assertThat(processOf(change.getId())).isNotNull();
        // the book is unchanged until the committee approves
        assertThat(targets.target(book.get(0).getId()).getPoints()).isEqualByComparingTo("40");

        targets.decideThroughTask(change.getId(), "committee-tester", Set.of("committee"), true, "同意调整");

        assertThat(targets.change(change.getId()).getStatus()).isEqualTo(TargetChangeStatus.APPROVED);
        Target changed = targets.target(book.get(0).getId());
        assertThat(changed.getPoints()).isEqualByComparingTo("35");
        assertThat(changed.getTargetValue()).isEqualByComparingTo("4000");
        assertThat(changed.getMeasureUnit()).isEqualTo("万元");
        assertThat(targets.target(book.get(2).getId()).getPoints()).isEqualByComparingTo("30");
        assertThat(processOf(change.getId())).isNull();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey("target-change-" + change.getId())
                                .singleResult()
                                .getId())
                        .activityId("EndEvent_TargetChanged")
                        .count())
                .isEqualTo(1);
        List<AuditRecord> trail = audit.history("TargetBook", scheme + ":" + d.development + ":2026:basic");
        assertThat(trail).extracting(AuditRecord::getAction).containsExactly("TARGETS_REGISTERED", "TARGETS_CHANGED");
        AuditRecord applied = trail.get(1);
        assertThat(applied.getBeforeState()).contains("\"points\":40").contains("5000");
        assertThat(applied.getAfterState()).contains("\"points\":35").contains("4000");
        assertThat(audit.history("TargetChange", String.valueOf(change.getId())))
                .extracting(AuditRecord::getAction)
                .containsExactly("TARGET_CHANGE_REQUESTED", "TARGET_CHANGE_APPROVED");
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheBookAsItWas() {
        TargetChange change = targets.requestChange(moveFivePoints(), TargetDistrict.office());
        assertThatThrownBy(() ->
                        targets.decideThroughTask(change.getId(), "committee-tester", Set.of("committee"), false, " "))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-016"));
        // nothing changed: still waiting for the committee
        assertThat(targets.change(change.getId()).getStatus()).isEqualTo(TargetChangeStatus.SUBMITTED);
        assertThat(processOf(change.getId())).isNotNull();

        InboxTask task = decisionTask(change.getId());
        tasks.complete(task, "committee-tester", "{\"approve\":false,\"note\":\"理由不充分\"}", "committee");

        TargetChange refused = targets.change(change.getId());
        assertThat(refused.getStatus()).isEqualTo(TargetChangeStatus.REFUSED);
        assertThat(refused.getDecisionNote()).isEqualTo("理由不充分");
        assertThat(targets.target(book.get(0).getId()).getPoints()).isEqualByComparingTo("40");
        assertThat(targets.target(book.get(2).getId()).getPoints()).isEqualByComparingTo("25");
        assertThat(processOf(change.getId())).isNull();
        assertThat(notifications.inbox("office-tester"))
                .anySatisfy(n -> assertThat(n.getTitle()).isEqualTo("目标调整申请未批准"));
    }

    @Test
    void anUndecidedChangeIsEscalatedOnceWhenItsDeadlinePasses() {
        TargetChange change =
                targets.requestChange(moveFivePoints(), d.unitActor(d.developmentClerk, "tdc" + d.tag.toLowerCase()));
        ProcessInstance pi = processOf(change.getId());
        List<Job> timers = time.waitingTimers(pi.getId());
        assertThat(timers).hasSize(1);

        // fired early (someone executed the job through the engine): the domain's clock decides, nothing escalates
        time.set("2026-03-05T09:00");
        management.executeJob(timers.get(0).getId());
        assertThat(targets.change(change.getId()).isDecisionEscalated()).isFalse();
        assertThat(audit.history("TargetChange", String.valueOf(change.getId())))
                .extracting(AuditRecord::getAction)
                .contains("TIMER_FIRED_EARLY");

        TargetChange second = otherUnitsChange();
        time.set("2026-03-09T09:01");
        management.executeJob(
                time.waitingTimers(processOf(second.getId()).getId()).get(0).getId());
        TargetChange overdue = targets.change(second.getId());
        assertThat(overdue.isDecisionEscalated()).isTrue();
        assertThat(overdue.getStatus()).isEqualTo(TargetChangeStatus.SUBMITTED);
        assertThat(audit.history("TargetChange", String.valueOf(second.getId())))
                .extracting(AuditRecord::getAction)
                .contains("TARGET_CHANGE_OVERDUE");
        // the task stays with the committee, now overdue, and can still be decided
        assertThat(decisionTask(second.getId()).overdue()).isTrue();
        targets.decideThroughTask(second.getId(), "committee-tester", Set.of("committee"), true, null);
        assertThat(targets.change(second.getId()).getStatus()).isEqualTo(TargetChangeStatus.APPROVED);
    }

    /** The same request for 住建局, requested at the test's start time. */
    private TargetChange otherUnitsChange() {
        time.set("2026-03-02T09:00");
        List<Target> other = targets.registerBook(
                new TargetService.RegisterBook(
                        scheme,
                        d.housing,
                        "2026",
                        "basic",
                        List.of(numeric("棚户区改造", 60, 1200, "户"), qualitative("城市管理", 40))),
                "office-tester");
        return targets.requestChange(
                new TargetService.RequestChange(
                        scheme,
                        d.housing,
                        "2026",
                        "basic",
                        "棚改任务调减",
                        List.of(new TargetRules.Item(
                                other.get(0).getId(), null, null, null, new BigDecimal("1000"), null, null, null))),
                d.unitActor(d.housingHead, d.housingHeadLogin));
    }

    @Test
    void aRequestOnTheFirstOfJulyIsRefusedAndNothingIsStored() {
        // seed 004 第九条: 于当年7月1日前 — 30 June is the last day
        Integer before = jdbc.queryForObject(
                "select count(*) from target_change where unit_id = ?", Integer.class, d.development);
        time.set("2026-07-01T08:00");
        assertThatThrownBy(() ->
                        targets.requestChange(moveFivePoints(), d.unitActor(d.developmentHead, d.developmentHeadLogin)))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("TARGET-005");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(409);
                })
                .hasMessageContaining("2026年7月1日前");
        assertThat(jdbc.queryForObject(
                        "select count(*) from target_change where unit_id = ?", Integer.class, d.development))
                .isEqualTo(before);
        time.set("2026-06-30T23:30");
        assertThat(targets.requestChange(moveFivePoints(), d.unitActor(d.developmentHead, d.developmentHeadLogin))
                        .getStatus())
                .isEqualTo(TargetChangeStatus.SUBMITTED);
    }

    @Test
    void twoRequestsAtOnceLeaveOneOpenRequest() throws Exception {
        // a double click: both requests pass the "no open request" check, the unique index keeps one
        assertThat(cn.kaohe.support.AtOnce.twice(
                        () -> targets.requestChange(moveFivePoints(), TargetDistrict.office())))
                .containsExactlyInAnyOrder("ok", "TARGET-010");
        assertThat(jdbc.queryForObject(
                        "select count(*) from target_change where unit_id = ? and status = 'SUBMITTED'",
                        Integer.class,
                        d.development))
                .isEqualTo(1);
        assertThat(runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKey("TargetChangeProcess")
                        .processInstanceBusinessKeyLike("target-change-%")
                        .list()
                        .stream()
                        .filter(p ->
                                targets.change(Long.parseLong(p.getBusinessKey().substring(14)))
                                                .getUnitId()
                                        == d.development)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void anotherUnitsCadreCannotAskToChangeTheBook() {
        assertThatThrownBy(
                        () -> targets.requestChange(moveFivePoints(), d.unitActor(d.housingHead, d.housingHeadLogin)))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-008"));
    }

    @Test
    void aChangeThatBreaksThePointsIsRefused() {
        var request = new TargetService.RequestChange(
                scheme,
                d.development,
                "2026",
                "basic",
                "调减",
                List.of(new TargetRules.Item(
                        book.get(0).getId(), null, new BigDecimal("30"), null, null, null, null, null)));
        assertThatThrownBy(() -> targets.requestChange(request, TargetDistrict.office()))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-003"))
                .hasMessage("各项目标分值合计 90 分，应等于“工作目标基本分”的 100 分");
    }
}
