package cn.kaohe.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.RawCampaigns;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Interviews on a result (面谈, seed 001 篇三 考核表: 面谈时间、面谈地点、参加人、面谈主题、面谈内容概要): the supervising leader
 * records one after the result, audited; the cadre and the committee read it, another cadre gets 403.
 */
@IntegrationTest
class InterviewIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    InterviewService interviews;

    @Autowired
    RawCampaigns campaigns;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestUsers users;

    SmallTown t;
    long scheme;

    @BeforeEach
    void aTown() {
        time.set("2027-01-20T10:00");
        t = new SmallTown(org, cadres, "IV");
        scheme = schemes.importPreset("town-cadre-discipline", null).getId();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    long assessmentIn(String status) {
        long c = campaigns.campaign(
                t.town, scheme, "ANNUAL", "2026", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), status);
        return campaigns.assessment(c, t.clerk, t.leader, "PASS");
    }

    static InterviewService.RecordInterview interview() {
        return new InterviewService.RecordInterview(
                EngineTime.at("2027-01-18T15:00"),
                "镇党政办会议室",
                "李副镇长、陈干事",
                "2026年度考核结果反馈",
                "年度考核合格；业务台账规范，临时工作响应偏慢。",
                "一季度前完成信访台账电子化，每月向分管领导汇报一次。");
    }

    @Test
    void theSupervisingLeaderRecordsAnInterviewAfterTheResultAndItIsAudited() {
        long a = assessmentIn("FINALISED");
        Interview i = interviews.record(a, interview(), t.leaderLogin, t.leader);
        assertThat(interviews.ofAssessment(a)).extracting(Interview::getId).containsExactly(i.getId());
        assertThat(i.getImprovementPlan()).startsWith("一季度前");
        assertThat(audit.history("Interview", String.valueOf(i.getId())))
                .extracting(AuditRecord::getAction)
                .containsExactly("INTERVIEW_RECORDED");
    }

    @Test
    void onlyTheAssessmentsLeaderAfterTheResultWithEveryFieldMayRecord() {
        long open = assessmentIn("IN_PROGRESS");
        assertThatThrownBy(() -> interviews.record(open, interview(), t.leaderLogin, t.leader))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("INTERVIEW-003"));
        long a = assessmentIn("PUBLIC_NOTICE");
        assertThatThrownBy(() -> interviews.record(a, interview(), t.otherClerkLogin, t.otherClerk))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("INTERVIEW-002");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(403);
                });
        InterviewService.RecordInterview noPlan = new InterviewService.RecordInterview(
                EngineTime.at("2027-01-18T15:00"), "会议室", "李副镇长、陈干事", null, "反馈结果", " ");
        assertThatThrownBy(() -> interviews.record(a, noPlan, t.leaderLogin, t.leader))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("INTERVIEW-001");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("improvementPlan");
                });
        assertThat(interviews.ofAssessment(a)).isEmpty();
    }

    @Test
    void theCadreAndTheReadersReadItAnotherCadreDoesNot() {
        long a = assessmentIn("FINALISED");
        interviews.record(a, interview(), t.leaderLogin, t.leader);
        String path = "/api/assessments/" + a + "/interviews";
        assertThat(get(path, t.clerkLogin).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(path, t.clerkLogin).getBody()).contains("镇党政办会议室");
        assertThat(get(path, TestUsers.PARTY).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(path, t.otherClerkLogin).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private org.springframework.http.ResponseEntity<String> get(String path, String login) {
        return users.as(http, login).exchange(path, HttpMethod.GET, null, String.class);
    }
}
