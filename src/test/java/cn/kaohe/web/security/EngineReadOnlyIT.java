package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 11: the engine is Kaohe's to drive. Through {@code /engine-rest} and the webapps' {@code /camunda/api}
 * nobody deploys, completes a task, executes a job or changes an instance, the administrator included (403
 * AUTH-010, nothing changed); the office, the committee and the administrator still read. Behind the URL rules
 * the engine's own authorization checks refuse the same for the read-only groups.
 */
@IntegrationTest
class EngineReadOnlyIT {

    /** A process whose service task runs Java: what the office deployed and started in the issue. */
    static final String EVIL_BPMN =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
              <process id="Evil" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="s"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <serviceTask id="t" camunda:expression="${''.getClass().forName('java.lang.Runtime')}"/>
                <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
                <endEvent id="e"/>
              </process>
            </definitions>
            """;

    @Autowired
    TestRestTemplate client;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    ProcessEngine engine;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestRestTemplate rest;

    @BeforeEach
    void noRedirects() {
        rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    static void assertReadOnly(ResponseEntity<JsonNode> response, String who) {
        assertThat(response.getStatusCode()).as(who).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("code").asText()).as(who).isEqualTo("AUTH-010");
        assertThat(response.getBody().get("message").asText()).as(who).contains("流程引擎接口只读");
    }

    static HttpEntity<MultiValueMap<String, Object>> deployment(HttpHeaders headers) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "evil");
        form.add("evil.bpmn", new ByteArrayResource(EVIL_BPMN.getBytes()) {
            @Override
            public String getFilename() {
                return "evil.bpmn";
            }
        });
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }

    @Test
    void nobodyDeploysThroughTheRestApiNotEvenTheAdministrator() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        for (String who : List.of(TestUsers.OFFICE, TestUsers.ADMIN, "wangfeng")) {
            ResponseEntity<JsonNode> created = users.as(rest, who)
                    .postForEntity("/engine-rest/deployment/create", deployment(new HttpHeaders()), JsonNode.class);
            assertReadOnly(created, who);
        }
        assertThat(engine.getRepositoryService().createDeploymentQuery().count())
                .isEqualTo(deployments);
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("Evil")
                        .count())
                .isZero();
    }

    @Test
    void nobodyDeploysThroughTheWebappsApiEither() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        users.ensure(TestUsers.ADMIN);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, LoginIT.formLogin(rest, TestUsers.ADMIN));
        ResponseEntity<JsonNode> created = rest.exchange(
                "/camunda/api/engine/engine/default/deployment/create",
                HttpMethod.POST,
                deployment(session),
                JsonNode.class);
        assertReadOnly(created, TestUsers.ADMIN);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count())
                .isEqualTo(deployments);
    }

    @Test
    void theOfficeCompletesNoTaskAndExecutesNoJobThroughTheRestApi() {
        fixture.campaignId(client);
        // a cadre's self-evaluation (the office is a candidate of other tasks, e.g. forwarding an appeal)
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_SubmitSelfEvaluation")
                .list()
                .get(0);
        Job job = processJob();
        Date due = job.getDuedate();
        TestRestTemplate office = users.office(rest);

        assertReadOnly(
                office.postForEntity("/engine-rest/task/" + task.getId() + "/complete", json("{}"), JsonNode.class),
                "complete");
        assertReadOnly(
                office.postForEntity("/engine-rest/job/" + job.getId() + "/execute", null, JsonNode.class), "execute");

        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isOne();
        Job after = engine.getManagementService()
                .createJobQuery()
                .jobId(job.getId())
                .singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getDuedate()).isEqualTo(due);
    }

    @Test
    void everyOtherChangeToAnInstanceIsRefusedForEveryBusinessRole() {
        fixture.campaignId(client);
        // a cadre's self-evaluation (the office is a candidate of other tasks, e.g. forwarding an appeal)
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_SubmitSelfEvaluation")
                .list()
                .get(0);
        String instance = task.getProcessInstanceId();
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        long active =
                engine.getRuntimeService().createProcessInstanceQuery().active().count();
        String base = "/engine-rest/process-instance/" + instance;
        for (String who : List.of(TestUsers.OFFICE, TestUsers.ADMIN, "wangfeng")) {
            TestRestTemplate as = users.as(rest, who);
            assertReadOnly(
                    as.exchange(
                            base + "/variables/campaignId",
                            HttpMethod.PUT,
                            json("{\"value\":1,\"type\":\"Long\"}"),
                            JsonNode.class),
                    who + " variable");
            assertReadOnly(
                    as.postForEntity(
                            base + "/modification",
                            json("{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\""
                                    + task.getTaskDefinitionKey() + "\"}]}"),
                            JsonNode.class),
                    who + " modification");
            assertReadOnly(
                    as.exchange(base + "/suspended", HttpMethod.PUT, json("{\"suspended\":true}"), JsonNode.class),
                    who + " suspension");
            assertReadOnly(as.exchange(base, HttpMethod.DELETE, null, JsonNode.class), who + " deletion");
            assertReadOnly(
                    as.postForEntity(
                            "/engine-rest/process-definition/key/CampaignProcess/start", json("{}"), JsonNode.class),
                    who + " start");
            assertReadOnly(
                    as.postForEntity("/engine-rest/message", json("{\"messageName\":\"x\"}"), JsonNode.class),
                    who + " message");
            assertReadOnly(
                    as.postForEntity(
                            "/engine-rest/task/" + task.getId() + "/claim", json("{\"userId\":\"x\"}"), JsonNode.class),
                    who + " claim");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .active()
                        .count())
                .isEqualTo(active);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult())
                .extracting(Task::getAssignee)
                .isEqualTo(task.getAssignee());
    }

    @Test
    void readingStaysOpenWithGetAndQueryPosts() {
        fixture.campaignId(client);
        for (String who : List.of(TestUsers.OFFICE, TestUsers.ADMIN, "wangfeng")) {
            TestRestTemplate as = users.as(rest, who);
            ResponseEntity<JsonNode> query =
                    as.postForEntity("/engine-rest/process-instance", json("{}"), JsonNode.class);
            assertThat(query.getStatusCode()).as(who).isEqualTo(HttpStatus.OK);
            assertThat(query.getBody().size()).as(who).isPositive();
            ResponseEntity<JsonNode> count =
                    as.postForEntity("/engine-rest/history/task/count", json("{}"), JsonNode.class);
            assertThat(count.getStatusCode()).as(who).isEqualTo(HttpStatus.OK);
            assertThat(as.getForEntity("/engine-rest/task", JsonNode.class).getStatusCode())
                    .as(who)
                    .isEqualTo(HttpStatus.OK);
        }
        // and nobody became an engine administrator on the way: the group's only member is the webapps' setup
        // placeholder, whose id is longer than any Kaohe login can be
        List<String> members =
                engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                        .map(org.camunda.bpm.engine.identity.User::getId)
                        .toList();
        assertThat(members).hasSize(1);
        assertThat(members.get(0)).hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where login_name = ?", Integer.class, members.get(0)))
                .isZero();
    }

    @Test
    void behindTheUrlRulesTheEngineRefusesTheReadOnlyGroupsToo() {
        fixture.campaignId(client);
        // a cadre's self-evaluation (the office is a candidate of other tasks, e.g. forwarding an appeal)
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_SubmitSelfEvaluation")
                .list()
                .get(0);
        Job job = processJob();
        for (String group : List.of("office", "committee", "admin")) {
            engine.getIdentityService().setAuthentication("it-" + group, List.of(group));
            try {
                assertThatThrownBy(() -> engine.getRepositoryService()
                                .createDeployment()
                                .addString("evil.bpmn", EVIL_BPMN)
                                .deploy())
                        .as(group)
                        .isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                        .as(group)
                        .isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                        .as(group)
                        .isInstanceOf(AuthorizationException.class);
                // reading is granted
                assertThat(engine.getTaskService().createTaskQuery().count())
                        .as(group)
                        .isPositive();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isOne();
    }

    @Test
    void theAdministratorsConsistencyCheckFindsAProcessAndAnAssessmentThatDisagreeAndIsAudited() {
        fixture.campaignId(client);
        // an assessment still at its self-evaluation (other tests move the shared fixture's cadres on)
        long assessment =
                jdbc.queryForObject("select max(id) from assessment where status = 'SELF_EVALUATION'", Long.class);
        TestRestTemplate admin = users.as(rest, TestUsers.ADMIN);
        JsonNode agreeing = admin.getForObject("/api/admin/consistency", JsonNode.class);
        assertThat(agreeing.get("processesChecked").asInt()).isPositive();
        assertThat(agreeing.get("disagreements").toString()).doesNotContain("\"assessmentId\":" + assessment + ",");
        String status = jdbc.queryForObject("select status from assessment where id = ?", String.class, assessment);
        assertThat(status).isEqualTo("SELF_EVALUATION");
        int audited = jdbc.queryForObject(
                "select count(*) from audit_record where action = 'CONSISTENCY_CHECKED' and actor = ?",
                Integer.class,
                TestUsers.ADMIN);
        // as after the attack: one side moved on, the other did not
        jdbc.update("update assessment set status = 'RATED' where id = ?", assessment);
        try {
            JsonNode found = admin.getForObject("/api/admin/consistency", JsonNode.class);
            assertThat(found.get("disagreements").toString())
                    .contains("\"assessmentId\":" + assessment + ",", "Task_SubmitSelfEvaluation", "RATED");
        } finally {
            jdbc.update("update assessment set status = ? where id = ?", status, assessment);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'CONSISTENCY_CHECKED' and actor = ?",
                        Integer.class,
                        TestUsers.ADMIN))
                .isEqualTo(audited + 1);
        ResponseEntity<JsonNode> office = users.office(rest).getForEntity("/api/admin/consistency", JsonNode.class);
        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A deadline timer of a process (the engine checks no permission for jobs outside any process definition). */
    Job processJob() {
        List<Job> jobs = engine.getManagementService().createJobQuery().list().stream()
                .filter(j -> j.getProcessDefinitionKey() != null)
                .toList();
        assertThat(jobs).as("the fixture campaign has deadline timers").isNotEmpty();
        return jobs.get(0);
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
