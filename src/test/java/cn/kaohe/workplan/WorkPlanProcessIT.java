package cn.kaohe.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.RawCampaigns;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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
    TaskInbox inbox;

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

    @Autowired
    ManagementService management;

    @Autowired
    RawCampaigns raw;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    Notifications notifications;

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
    void anApprovedPlanIsPostedAtOnce() {
        WorkPlan p = plans.submit(new WorkPlanService.Submit("2026-06", "1. 人口普查入户登记"), t.clerk, t.clerkLogin);
        tasks.complete(taskOf(t.leaderLogin, "WORK_PLAN_REVIEW"), t.leaderLogin, "{\"approve\":true}");
        assertThat(plans.plan(p.getId()).getStatus()).isEqualTo(WorkPlanStatus.POSTED);
        assertThat(plans.postedOf(t.clerk, java.time.YearMonth.of(2026, 6))).isPresent();
        assertThat(plans.toReview(t.leaderLogin, false))
                .extracting(WorkPlan::getId)
                .doesNotContain(p.getId());
    }

    @Test
    void anUndecidedReviewIsEscalatedOnceToTheOfficeWhenItsWorkingDaysPass() {
        WorkPlan p = plans.submit(new WorkPlanService.Submit("2026-06", "1. 安全生产检查"), t.clerk, t.clerkLogin);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("work-plan-" + p.getId())
                .singleResult()
                .getId();
        List<Job> timers = time.waitingTimers(instance);
        assertThat(timers).hasSize(1);
        // five working days (参数): Monday 1 June 09:00 → Monday 8 June 09:00
        assertThat(timers.get(0).getDuedate().toInstant())
                .isEqualTo(EngineTime.at("2026-06-08T09:00").toInstant());
        assertThat(plans.toReview("office-tester", true))
                .extracting(WorkPlan::getId)
                .doesNotContain(p.getId());
        List<InboxTask> officeBefore = officeReviews();

        // fired early: the domain's clock decides, nothing escalates
        time.set("2026-06-05T18:00");
        management.executeJob(timers.get(0).getId());
        assertThat(plans.plan(p.getId()).isReviewEscalated()).isFalse();
        assertThat(officeReviews()).hasSameSizeAs(officeBefore);

        WorkPlan second = plans.submit(new WorkPlanService.Submit("2026-07", "七月：防汛值班"), t.clerk, t.clerkLogin);
        String secondInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("work-plan-" + second.getId())
                .singleResult()
                .getId();
        // 5 June (Friday) 18:00 + 5 working days = 12 June 18:00
        time.set("2026-06-12T18:01");
        management.executeJob(time.waitingTimers(secondInstance).get(0).getId());
        assertThat(plans.plan(second.getId()).isReviewEscalated()).isTrue();
        assertThat(time.waitingTimers(secondInstance)).isEmpty();
        plans.reviewOverdue(second.getId());
        assertThat(audit.history("WorkPlan", String.valueOf(second.getId())))
                .extracting(AuditRecord::getAction)
                .filteredOn("WORK_PLAN_REVIEW_OVERDUE"::equals)
                .hasSize(1);
        // the office is told and finds the review in its task list (督办) and its list of plans to review
        assertThat(notifications.inbox("group:office"))
                .anyMatch(n -> n.getTitle().equals("工作安排审核超时"));
        List<InboxTask> officeAfter = officeReviews();
        assertThat(officeAfter).hasSize(officeBefore.size() + 1);
        assertThat(officeAfter).filteredOn(InboxTask::overdue).isNotEmpty();
        assertThat(plans.toReview("office-tester", true))
                .extracting(WorkPlan::getId)
                .contains(second.getId());
        // and it stays in the leader's 我的待办 (offered to them, no longer assigned): both reviews, list and page
        assertThat(leaderReviews()).hasSize(2).filteredOn(InboxTask::overdue).hasSize(2);
        assertThat(inbox.tasksOf(
                                t.leaderLogin,
                                Set.of(),
                                cn.kaohe.shared.PageSpec.of(0, 50, "due", TaskInbox.SORT_KEYS, "due"))
                        .content())
                .filteredOn(x -> x.kind().equals("WORK_PLAN_REVIEW"))
                .hasSize(2);
        // the leader may still review it: a return with a reason, revised, then a fresh due date and no escalation
        plans.reviewThroughTask(second.getId(), t.leaderLogin, Set.of(), false, "请写明值班时间");
        assertThat(plans.plan(second.getId()).getStatus()).isEqualTo(WorkPlanStatus.RETURNED);
        plans.reviseThroughTask(second.getId(), t.clerkLogin, Set.of(), "七月：防汛值班（每周二、四夜间）");
        WorkPlan revised = plans.plan(second.getId());
        assertThat(revised.isReviewEscalated()).isFalse();
        // 12 June (Friday) 18:01 + 5 working days = 19 June 18:01? 19 June 2026 is 端午节: the calendar skips it
        assertThat(revised.getReviewDue()).isEqualTo(EngineTime.at("2026-06-22T18:01"));
        // back with the leader (the first plan's review, its timer fired early, is still open and overdue too)
        assertThat(tasks.of(t.leaderLogin).stream().filter(x -> x.kind().equals("WORK_PLAN_REVIEW")))
                .anySatisfy(x -> {
                    assertThat(x.due().toInstant())
                            .isEqualTo(EngineTime.at("2026-06-22T18:01").toInstant());
                    assertThat(x.overdue()).isFalse();
                });
    }

    @Test
    void theMonthlyResultShowsThePostedPlanOfItsMonth() {
        // seed 003: 每月初…上报本月工作安排，审核后公示 — the month's result is read beside the plan
        WorkPlan p = plans.submit(new WorkPlanService.Submit("2026-06", "1. 防汛值班"), t.clerk, t.clerkLogin);
        long scheme = schemes.importPreset("baicheng-monthly", null).getId();
        long june = raw.campaign(
                t.town,
                scheme,
                "MONTHLY",
                "2026年6月",
                LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-30"),
                "PUBLIC_NOTICE");
        long monthly = raw.assessment(june, t.clerk, t.leader, null);
        assertThat(plans.postedForAssessment(monthly)).isEmpty(); // not reviewed yet: nothing posted
        plans.reviewThroughTask(p.getId(), t.leaderLogin, Set.of(), true, null);
        assertThat(plans.postedForAssessment(monthly)).map(WorkPlan::getId).contains(p.getId());

        long year = raw.campaign(
                t.town,
                scheme,
                "ANNUAL",
                "2026年度",
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"),
                "PUBLIC_NOTICE");
        assertThat(plans.postedForAssessment(raw.assessment(year, t.clerk, t.leader, null)))
                .isEmpty();
        long otherCadre = raw.assessment(june, t.otherClerk, t.leader, null);
        assertThat(plans.postedForAssessment(otherCadre)).isEmpty();
    }

    @Test
    void theReviewTimeComesFromTheCadresScheme() {
        String seed003 = SchemePresets.text("baicheng-monthly");
        // a scheme asking for 0 working days is refused, naming the field
        assertThatThrownBy(() -> schemes.create(
                        seed003.replace("reviewWorkingDays: 5", "reviewWorkingDays: 0"),
                        SchemeDocuments.Format.YAML,
                        null))
                .isInstanceOfSatisfying(KaoheException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .contains("approvals.workPlan.reviewWorkingDays"));
        long three = schemes.create(
                        seed003.replace("reviewWorkingDays: 5", "reviewWorkingDays: 3"),
                        SchemeDocuments.Format.YAML,
                        null)
                .getId();
        long may = raw.campaign(
                t.town,
                three,
                "MONTHLY",
                "2026年5月",
                LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-31"),
                "FINALISED");
        raw.assessment(may, t.otherClerk, t.leader, null);

        // the cadre assessed under the 3-day scheme: Monday 1 June 09:00 + 3 working days
        WorkPlan p = plans.submit(new WorkPlanService.Submit("2026-06", "1. 防汛值班"), t.otherClerk, t.otherClerkLogin);
        assertThat(p.getReviewDue()).isEqualTo(EngineTime.at("2026-06-04T09:00"));
        // a cadre no campaign assessed yet: the seed's five working days
        WorkPlan q = plans.submit(new WorkPlanService.Submit("2026-06", "1. 防汛值班"), t.clerk, t.clerkLogin);
        assertThat(q.getReviewDue()).isEqualTo(EngineTime.at("2026-06-08T09:00"));
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

    private List<InboxTask> leaderReviews() {
        return tasks.of(t.leaderLogin).stream()
                .filter(x -> x.kind().equals("WORK_PLAN_REVIEW"))
                .toList();
    }

    private List<InboxTask> officeReviews() {
        return tasks.of("office-tester", "office").stream()
                .filter(x -> x.kind().equals("WORK_PLAN_REVIEW"))
                .toList();
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from work_plan where cadre_id = ?", Integer.class, t.clerk);
    }
}
