package cn.kaohe.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.time.LocalDate;
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
 * The leave process (processes/leave.bpmn) on the real engine and PostgreSQL: seed 001 篇四 一(三) 请销假制度 — 1天以内
 * 向分管领导书面请假; 2天及以上必须书面经办公室主任和分管领导同意; 凡不报办公室备案和无故不假者，作为旷工处理 — and seed 000
 * 三(二)1 须报分管领导批准. Approved and returned (销假, a ledger fact), refused with a reason, consented or not by the
 * office, overdue and escalated once; bad input answers 400 naming the field and stores nothing.
 */
@IntegrationTest
class LeaveProcessIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    LeaveService leaves;

    @Autowired
    LedgerService ledger;

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

    @Autowired
    cn.kaohe.support.RawCampaigns campaigns;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    @Autowired
    cn.kaohe.support.TestUsers users;

    SmallTown t;
    long office;
    long leader;
    String leaderLogin;
    long clerk;
    String clerkLogin;

    @BeforeEach
    void aTownshipWithALeaderAndAClerk() {
        // Monday 1 June 2026, 09:00: the week of 1–5 June has five working days
        time.set("2026-06-01T09:00");
        // 李副镇长 supervises 党政办, where 陈干事 works
        t = new SmallTown(org, cadres, "LV");
        office = t.office;
        leader = t.leader;
        leaderLogin = t.leaderLogin;
        clerk = t.clerk;
        clerkLogin = t.clerkLogin;
        // the town-cadre-discipline preset (seed 001 篇四) knows LEAVE_DAYS (病事假) and ABSENCE_DAYS (旷工)
        schemes.importPreset("town-cadre-discipline", null);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    LeaveService.Actor clerkActor() {
        return new LeaveService.Actor(clerkLogin, clerk, false);
    }

    LeaveService.Ask ask(LeaveType type, String from, String to) {
        return new LeaveService.Ask(null, type, LocalDate.parse(from), LocalDate.parse(to), "家中有事");
    }

    InboxTask taskOf(long leaveId, String user, String... groups) {
        return tasks.of(user, groups).stream()
                .filter(t -> t.kind().startsWith("LEAVE_"))
                .filter(t -> leaveIdOf(t) == leaveId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no leave task of " + leaveId + " for " + user));
    }

    private long leaveIdOf(InboxTask t) {
        String key = runtime.createProcessInstanceQuery()
                .processInstanceId(taskService
                        .createTaskQuery()
                        .taskId(t.id())
                        .singleResult()
                        .getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        return Long.parseLong(key.substring("leave-".length()));
    }

    ProcessInstance processOf(long leaveId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("leave-" + leaveId)
                .singleResult();
    }

    boolean ended(long leaveId, String endEvent) {
        String id = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("leave-" + leaveId)
                .singleResult()
                .getId();
        return history.createHistoricActivityInstanceQuery()
                        .processInstanceId(id)
                        .activityId(endEvent)
                        .count()
                == 1;
    }

    List<String> trail(long leaveId) {
        return audit.history("LeaveRequest", String.valueOf(leaveId)).stream()
                .map(AuditRecord::getAction)
                .toList();
    }

    int storedRequests() {
        return jdbc.queryForObject("select count(*) from leave_request where cadre_id = ?", Integer.class, clerk);
    }

    @Test
    void aOneDayLeaveIsApprovedByTheSupervisingLeaderAndItsReturnIsALedgerFact() {
        // seed 001 篇四 一(三): 1天以内向办公室主任和分管领导书面请假 — the 分管领导 approves, no office step
        LeaveRequest r = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-03", "2026-06-03"), clerkActor());
        assertThat(r.getDays()).isEqualTo(1);
        assertThat(r.getApproverRole()).isEqualTo(ApproverRole.SUPERVISING_LEADER);
        assertThat(r.getApproverLogin()).isEqualTo(leaderLogin);
        // one working day to decide
        assertThat(r.getDecisionDue()).isEqualTo(EngineTime.at("2026-06-02T09:00"));

        InboxTask task = taskOf(r.getId(), leaderLogin);
        assertThat(task.kind()).isEqualTo("LEAVE_DECISION");
        assertThat(task.due()).isEqualTo(EngineTime.at("2026-06-02T09:00"));
        // the clerk cannot decide their own request
        assertThatThrownBy(() -> tasks.complete(task, clerkLogin, "{\"approve\":true}"))
                .isInstanceOf(KaoheException.class);
        tasks.complete(task, leaderLogin, "{\"approve\":true,\"note\":\"同意\"}");
        assertThat(leaves.request(r.getId()).getStatus()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(processOf(r.getId())).isNotNull(); // waits for 销假

        // back at work on Thursday 4 June: Wednesday was taken
        time.set("2026-06-04T08:30");
        LeaveRequest back = leaves.returnFromLeave(r.getId(), clerkActor());
        assertThat(back.getStatus()).isEqualTo(LeaveStatus.RETURNED);
        assertThat(back.getDaysTaken()).isEqualTo(1);
        assertThat(processOf(r.getId())).isNull();
        assertThat(ended(r.getId(), "EndEvent_LeaveClosed")).isTrue();
        LedgerEntry fact = ledger.entry(back.getLedgerEntryId());
        assertThat(fact.getFactType()).isEqualTo("LEAVE_DAYS");
        assertThat(fact.getCadreId()).isEqualTo(clerk);
        assertThat(fact.getOccurredOn()).isEqualTo(LocalDate.parse("2026-06-03"));
        assertThat(fact.getQuantity()).isEqualByComparingTo("1");
        assertThat(trail(r.getId())).containsExactly("LEAVE_REQUESTED", "LEAVE_APPROVED", "LEAVE_RETURNED");
        // a second 销假 answers 409 and changes nothing
        assertThatThrownBy(() -> leaves.returnFromLeave(r.getId(), clerkActor()))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("LEAVE-005"));
    }

    @Test
    void twoDaysOrMoreNeedTheOfficeAfterTheLeader() {
        // seed 001 篇四 一(三): 2天及以上必须书面经办公室主任和分管领导同意; Mon 8 – Tue 9 June: 2 working days
        LeaveRequest r = leaves.ask(ask(LeaveType.SICK, "2026-06-08", "2026-06-09"), clerkActor());
        assertThat(r.getDays()).isEqualTo(2);
        leaves.decideThroughTask(r.getId(), leaderLogin, Set.of(), true, null);
        assertThat(leaves.request(r.getId()).getStatus()).isEqualTo(LeaveStatus.AWAITING_OFFICE);

        InboxTask consent = taskOf(r.getId(), "office-tester", "office");
        assertThat(consent.kind()).isEqualTo("LEAVE_OFFICE_CONSENT");
        tasks.complete(consent, "office-tester", "{\"approve\":false,\"note\":\"病假须有医院证明\"}", "office");

        LeaveRequest refused = leaves.request(r.getId());
        assertThat(refused.getStatus()).isEqualTo(LeaveStatus.REFUSED);
        assertThat(refused.getDecisionNote()).contains("病假须有医院证明");
        assertThat(ended(r.getId(), "EndEvent_LeaveNotConsented")).isTrue();
        assertThat(trail(r.getId())).containsExactly("LEAVE_REQUESTED", "LEAVE_APPROVED", "LEAVE_NOT_CONSENTED");
        assertThat(notifications.inbox(clerkLogin))
                .anySatisfy(n -> assertThat(n.getTitle()).isEqualTo("请假申请未批准"));
    }

    @Test
    void aRefusalNeedsAReasonAndFreesTheDays() {
        LeaveRequest r = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-04", "2026-06-04"), clerkActor());
        assertThatThrownBy(() -> leaves.decideThroughTask(r.getId(), leaderLogin, Set.of(), false, " "))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("LEAVE-006");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("note");
                });
        assertThat(leaves.request(r.getId()).getStatus()).isEqualTo(LeaveStatus.SUBMITTED);

        leaves.decideThroughTask(r.getId(), leaderLogin, Set.of(), false, "当天有全镇大会");
        assertThat(leaves.request(r.getId()).getStatus()).isEqualTo(LeaveStatus.REFUSED);
        assertThat(ended(r.getId(), "EndEvent_LeaveRefused")).isTrue();
        assertThat(notifications.inbox(clerkLogin))
                .anySatisfy(n -> assertThat(n.getBody()).contains("当天有全镇大会"));
        // a refused request holds no days: the same day can be asked again
        assertThat(leaves.ask(ask(LeaveType.PERSONAL, "2026-06-04", "2026-06-04"), clerkActor())
                        .getStatus())
                .isEqualTo(LeaveStatus.SUBMITTED);
    }

    @Test
    void anUndecidedRequestIsEscalatedOnceWhenItsDeadlinePasses() {
        LeaveRequest r = leaves.ask(ask(LeaveType.BUSINESS, "2026-06-05", "2026-06-05"), clerkActor());
        List<Job> timers = time.waitingTimers(processOf(r.getId()).getId());
        assertThat(timers).hasSize(1);

        // fired early: the domain's clock decides, nothing escalates
        time.set("2026-06-01T18:00");
        management.executeJob(timers.get(0).getId());
        assertThat(leaves.request(r.getId()).isDecisionEscalated()).isFalse();

        LeaveRequest second = leaves.ask(ask(LeaveType.BUSINESS, "2026-06-10", "2026-06-10"), clerkActor());
        time.set("2026-06-02T18:01");
        List<Job> due = time.waitingTimers(processOf(second.getId()).getId());
        management.executeJob(due.get(0).getId());
        assertThat(leaves.request(second.getId()).isDecisionEscalated()).isTrue();
        // the timer is gone and a second call records nothing more: escalated once
        assertThat(time.waitingTimers(processOf(second.getId()).getId())).isEmpty();
        leaves.decisionOverdue(second.getId());
        assertThat(trail(second.getId()).stream().filter("LEAVE_DECISION_OVERDUE"::equals))
                .hasSize(1);
        // still with the leader, now overdue, and can still be decided
        assertThat(taskOf(second.getId(), leaderLogin).overdue()).isTrue();
        leaves.decideThroughTask(second.getId(), leaderLogin, Set.of(), true, null);
        assertThat(leaves.request(second.getId()).getStatus()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void badRequestsAnswer400NamingTheFieldAndStoreNothing() {
        leaves.ask(ask(LeaveType.PERSONAL, "2026-06-03", "2026-06-04"), clerkActor());
        int before = storedRequests();

        assertField(ask(LeaveType.PERSONAL, "2026-06-05", "2026-06-04"), "LEAVE-001", "to");
        // 1–3 October 2026 are 国庆节 holidays: no working day to ask for
        assertField(ask(LeaveType.PERSONAL, "2026-10-01", "2026-10-03"), "LEAVE-001", "to");
        assertField(
                new LeaveService.Ask(null, LeaveType.PERSONAL, null, LocalDate.parse("2026-06-04"), "x"),
                "LEAVE-001",
                "from");
        assertField(
                new LeaveService.Ask(
                        null, LeaveType.PERSONAL, LocalDate.parse("2026-06-11"), LocalDate.parse("2026-06-11"), " "),
                "LEAVE-001",
                "reason");
        // overlaps Thursday 4 June of the request above
        assertField(ask(LeaveType.SICK, "2026-06-04", "2026-06-05"), "LEAVE-002", "from");
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void theApiAnswers400WithTheCodeAndTheFieldAndTheCadreSeesTheirRequest() {
        var asClerk = users.as(http, clerkLogin);
        var bad = asClerk.postForEntity(
                "/api/leaves",
                java.util.Map.of("type", "PERSONAL", "from", "2026-06-05", "to", "2026-06-04", "reason", "家中有事"),
                String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("\"code\":\"LEAVE-001\"").contains("\"field\":\"to\"");
        var ok = asClerk.postForEntity(
                "/api/leaves",
                java.util.Map.of("type", "PERSONAL", "from", "2026-06-03", "to", "2026-06-03", "reason", "家中有事"),
                String.class);
        assertThat(ok.getStatusCode().value()).isEqualTo(201);
        assertThat(ok.getBody()).contains("\"approverLogin\":\"" + leaderLogin + "\"");
        assertThat(asClerk.getForEntity("/api/leaves/mine", String.class).getBody())
                .contains("家中有事");
        // the leader sees it to approve; another cadre may not read it
        assertThat(users.as(http, leaderLogin)
                        .getForEntity("/api/leaves/to-approve", String.class)
                        .getBody())
                .contains("家中有事");
        assertThat(users.as(http, t.otherClerkLogin)
                        .getForEntity("/api/leaves", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void twoOverlappingRequestsAtOnceLeaveOne() throws Exception {
        // a double click: the lock on the cadre's row makes the second wait and see the first
        assertThat(cn.kaohe.support.AtOnce.twice(
                        () -> leaves.ask(ask(LeaveType.PERSONAL, "2026-06-11", "2026-06-12"), clerkActor())))
                .containsExactlyInAnyOrder("ok", "LEAVE-002");
        assertThat(storedRequests()).isEqualTo(1);
    }

    @Test
    void theOfficeConsentThresholdComesFromTheCadresScheme() {
        // a scheme asking the office to consent from 1 working day on (approvals.leave.officeConsentFromDays)
        String seed001 = cn.kaohe.scheme.SchemePresets.text("town-cadre-discipline");
        long oneDay = schemes.create(
                        seed001.replace("officeConsentFromDays: 2", "officeConsentFromDays: 1"),
                        cn.kaohe.scheme.SchemeDocuments.Format.YAML,
                        null)
                .getId();
        long april = campaigns.campaign(
                office,
                oneDay,
                "MONTHLY",
                "2026-04",
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"),
                "FINALISED");
        campaigns.assessment(april, clerk, leader, null);

        LeaveRequest r = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-03", "2026-06-03"), clerkActor());
        assertThat(r.getDays()).isEqualTo(1);
        tasks.complete(taskOf(r.getId(), leaderLogin), leaderLogin, "{\"approve\":true}");
        // with the seed's 2 days a one-day leave is approved at once; this scheme sends it on to the office
        assertThat(leaves.request(r.getId()).getStatus()).isEqualTo(LeaveStatus.AWAITING_OFFICE);
        assertThat(taskOf(r.getId(), "office-tester", "office").kind()).isEqualTo("LEAVE_OFFICE_CONSENT");
    }

    @Test
    void theApproverComesFromTheCadresSchemeByDays() {
        // seed 001 篇四 一(三) (town-cadre-discipline preset): 2天及以上 still goes to the 分管领导 (the office consents after)
        LeaveRequest seedTwo = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-15", "2026-06-16"), clerkActor());
        assertThat(seedTwo.getApproverRole()).isEqualTo(ApproverRole.SUPERVISING_LEADER);
        assertThat(seedTwo.getApproverLogin()).isEqualTo(leaderLogin);

        // a scheme (参数, not a seed) that sends a cadre's leave of more than 1 working day to the office
        String seed001 = cn.kaohe.scheme.SchemePresets.text("town-cadre-discipline");
        long byDays = schemes.create(
                        seed001.replace(
                                "      - {rank: STAFF, approver: SUPERVISING_LEADER}",
                                "      - {rank: STAFF, upToDays: 1, approver: SUPERVISING_LEADER}\n"
                                        + "      - {rank: STAFF, approver: OFFICE}"),
                        cn.kaohe.scheme.SchemeDocuments.Format.YAML,
                        null)
                .getId();
        long april = campaigns.campaign(
                office,
                byDays,
                "MONTHLY",
                "2026-04",
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"),
                "FINALISED");
        campaigns.assessment(april, clerk, leader, null);

        LeaveRequest one = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-03", "2026-06-03"), clerkActor());
        assertThat(one.getApproverRole()).isEqualTo(ApproverRole.SUPERVISING_LEADER);
        assertThat(taskOf(one.getId(), leaderLogin).kind()).isEqualTo("LEAVE_DECISION");
        LeaveRequest two = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-08", "2026-06-09"), clerkActor());
        assertThat(two.getApproverRole()).isEqualTo(ApproverRole.OFFICE);
        assertThat(two.getApproverLogin()).isNull();
        assertThat(taskOf(two.getId(), "office-tester", "office").kind()).isEqualTo("LEAVE_DECISION");
    }

    @Test
    void leaveInAFinalisedCampaignsPeriodIsRefused() {
        long scheme = jdbc.queryForObject("select max(id) from scheme_version", Long.class);
        long campaign = campaigns.campaign(
                office,
                scheme,
                "MONTHLY",
                "2026-05",
                LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-31"),
                "FINALISED");
        campaigns.assessment(campaign, clerk, leader, null);
        int before = storedRequests();
        assertField(ask(LeaveType.PERSONAL, "2026-05-29", "2026-06-02"), "LEAVE-003", "from");
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void theOfficeConfirmsAnUnreportedAbsenceAsAbsenteeismButNotOnApprovedLeave() {
        LeaveRequest r = leaves.ask(ask(LeaveType.PERSONAL, "2026-06-02", "2026-06-02"), clerkActor());
        leaves.decideThroughTask(r.getId(), leaderLogin, Set.of(), true, null);
        time.set("2026-06-05T10:00");
        assertThatThrownBy(() -> leaves.confirmAbsence(
                        new LeaveService.ConfirmAbsence(clerk, LocalDate.parse("2026-06-02"), null, "未到岗"),
                        "office-tester"))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("LEAVE-009"));

        // seed 001 篇四 一(三) 凡不报办公室备案和无故不假者，作为旷工处理: Wednesday and Thursday, 2 days
        LedgerEntry absence = leaves.confirmAbsence(
                new LeaveService.ConfirmAbsence(
                        clerk, LocalDate.parse("2026-06-03"), LocalDate.parse("2026-06-04"), "未请假未到岗"),
                "office-tester");
        assertThat(absence.getFactType()).isEqualTo("ABSENCE_DAYS");
        assertThat(absence.getQuantity()).isEqualByComparingTo("2");
        assertThat(absence.getOccurredOn()).isEqualTo(LocalDate.parse("2026-06-03"));
    }

    private void assertField(LeaveService.Ask a, String code, String field) {
        assertThatThrownBy(() -> leaves.ask(a, clerkActor())).isInstanceOfSatisfying(KaoheException.class, e -> {
            assertThat(e.errorCode().code()).isEqualTo(code);
            assertThat(e.errorCode().httpStatus()).isEqualTo(400);
            assertThat(e.errorCode().messageTemplate()).containsPattern("\\p{IsHan}");
            assertThat(e.problems()).extracting(Problem::field).contains(field);
        });
    }
}
