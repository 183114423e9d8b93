package cn.kaohe.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly work plans (processes/work-plan.bpmn) on the real engine and PostgreSQL, seed 003: 每月初…上报本月工作安排…审核后
 * 公示 — returned with a reason, revised, approved and posted; a plan for a month that has ended or a second plan for a
 * month answers 4xx naming the field, nothing stored.
 */
@IntegrationTest
class WorkPlanProcessIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    WorkPlanService plans;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    SmallTown t;

    @BeforeEach
    void aTown() {
        // 每月初: the first working day of June 2026
        time.set("2026-06-01T09:00");
        t = new SmallTown(org, cadres, "WP");
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    InboxTask taskOf(String user, String kind) {
        return tasks.of(user).stream()
                .filter(x -> x.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + user));
    }

    @Test
    void aReturnedPlanIsRevisedThenApprovedAndPosted() {
        WorkPlan p = plans.submit(new WorkPlanService.Submit("2026-06", "1. 完成信访台账；2. 走访联系村三次"), t.clerk, t.clerkLogin);
        assertThat(p.getStatus()).isEqualTo(WorkPlanStatus.SUBMITTED);
        assertThat(p.getReviewerLogin()).isEqualTo(t.leaderLogin);
        assertThat(p.getReviewDue()).isEqualTo(EngineTime.at("2026-06-08T09:00"));

        InboxTask review = taskOf(t.leaderLogin, "WORK_PLAN_REVIEW");
        assertThatThrownBy(() -> tasks.complete(review, t.leaderLogin, "{\"approve\":false}"))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("PLAN-005");
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("note");
                });
        tasks.complete(review, t.leaderLogin, "{\"approve\":false,\"note\":\"请补充防汛工作\"}");
        assertThat(plans.plan(p.getId()).getStatus()).isEqualTo(WorkPlanStatus.RETURNED);

        InboxTask revision = taskOf(t.clerkLogin, "WORK_PLAN_REVISION");
        tasks.complete(revision, t.clerkLogin, "{\"content\":\"1. 完成信访台账；2. 走访联系村三次；3. 防汛值班\"}");
        assertThat(plans.plan(p.getId()).getStatus()).isEqualTo(WorkPlanStatus.SUBMITTED);
        assertThat(plans.posted("2026-06")).extracting(WorkPlan::getId).doesNotContain(p.getId());

        plans.reviewThroughTask(p.getId(), t.leaderLogin, Set.of(), true, null);
        WorkPlan posted = plans.plan(p.getId());
        assertThat(posted.getStatus()).isEqualTo(WorkPlanStatus.POSTED);
        assertThat(posted.getContent()).endsWith("防汛值班");
        assertThat(plans.posted("2026-06")).extracting(WorkPlan::getId).contains(p.getId());
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("work-plan-" + p.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey("work-plan-" + p.getId())
                                .singleResult()
                                .getId())
                        .activityId("EndEvent_WorkPlanPosted")
                        .count())
                .isEqualTo(1);
        assertThat(audit.history("WorkPlan", String.valueOf(p.getId())))
                .extracting(AuditRecord::getAction)
                .containsExactly("WORK_PLAN_SUBMITTED", "WORK_PLAN_RETURNED", "WORK_PLAN_REVISED", "WORK_PLAN_POSTED");
    }

    @Test
    void aPlanForAnEndedMonthOrASecondPlanIsRefusedAndNothingIsStored() {
        int before = stored();
        assertThatThrownBy(() -> plans.submit(new WorkPlanService.Submit("2026-05", "五月工作"), t.clerk, t.clerkLogin))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("PLAN-002");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("month");
                });
        assertThatThrownBy(() -> plans.submit(new WorkPlanService.Submit("2026-6", "六月工作"), t.clerk, t.clerkLogin))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("month"));
        assertThat(stored()).isEqualTo(before);
        plans.submit(new WorkPlanService.Submit("2026-07", "七月工作"), t.clerk, t.clerkLogin);
        assertThatThrownBy(() -> plans.submit(new WorkPlanService.Submit("2026-07", "七月工作"), t.clerk, t.clerkLogin))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("PLAN-003"));
        assertThat(stored()).isEqualTo(before + 1);
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from work_plan where cadre_id = ?", Integer.class, t.clerk);
    }
}
