package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The URL allow-list in front of the engine's APIs (docs/adr/0008). It holds on any database, H2 included: the
 * refusals do not depend on the engine's authorization checks.
 */
class EngineReadOnlyTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        // reads
        "GET, /engine-rest/process-definition, true",
        "GET, /engine-rest/task/abc/variables, true",
        "HEAD, /engine-rest/engine, true",
        "OPTIONS, /engine-rest/deployment/create, true",
        "POST, /engine-rest/process-instance, true",
        "POST, /engine-rest/process-instance/count, true",
        "POST, /engine-rest/task, true",
        "POST, /engine-rest/history/task/count, true",
        "POST, /engine-rest/history/process-instance, true",
        "POST, /engine-rest/engine/default/job, true",
        "POST, /camunda/api/engine/engine/default/history/activity-instance, true",
        "POST, /camunda/api/engine/engine/default/variable-instance/count, true",
        "POST, /camunda/api/cockpit/plugin/base/default/process-instance, true",
        "POST, /camunda/api/cockpit/plugin/base/default/incident/count, true",
        "POST, /camunda/api/admin/auth/user/default/logout, true",
        // changes: refused for everybody
        "POST, /engine-rest/deployment/create, false",
        "POST, /engine-rest/engine/default/deployment/create, false",
        "POST, /camunda/api/engine/engine/default/deployment/create, false",
        "POST, /engine-rest/deployment/abc/redeploy, false",
        "DELETE, /engine-rest/deployment/abc, false",
        "POST, /engine-rest/process-definition/key/CampaignProcess/start, false",
        "POST, /engine-rest/process-definition/key/CampaignProcess/submit-form, false",
        "PUT, /engine-rest/process-definition/abc/suspended, false",
        "POST, /engine-rest/task/abc/complete, false",
        "POST, /engine-rest/task/abc/claim, false",
        "POST, /engine-rest/task/create, false",
        "POST, /camunda/api/engine/engine/default/task/abc/complete, false",
        "POST, /camunda/api/engine/engine/default/task/abc/submit-form, false",
        "POST, /engine-rest/job/abc/execute, false",
        "PUT, /engine-rest/job/abc/duedate, false",
        "PUT, /engine-rest/process-instance/abc/variables/x, false",
        "POST, /engine-rest/process-instance/abc/variables, false",
        "POST, /engine-rest/process-instance/abc/modification, false",
        "PUT, /engine-rest/process-instance/abc/suspended, false",
        "DELETE, /engine-rest/process-instance/abc, false",
        "POST, /engine-rest/process-instance/delete, false",
        "POST, /engine-rest/history/process-instance/delete, false",
        "POST, /engine-rest/history/cleanup, false",
        "POST, /engine-rest/message, false",
        "POST, /engine-rest/signal, false",
        "POST, /engine-rest/condition, false",
        "POST, /engine-rest/external-task/fetchAndLock, false",
        "POST, /engine-rest/user/create, false",
        "POST, /engine-rest/authorization/create, false",
        "POST, /camunda/api/admin/setup/default/user/create, false",
        "POST, /camunda/api/admin/auth/user/default/login/cockpit, false",
        "POST, /engine-rest/process-instance/, false",
        "POST, /engine-rest, false",
        "PATCH, /engine-rest/process-instance, false",
    })
    void onlyReadsPass(String method, String path, boolean allowed) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        assertThat(EngineReadOnly.allows(request)).isEqualTo(allowed);
        assertThat(EngineReadOnly.isEngineApi(request)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"POST, DELETE", "GET, POST", "POST, PUT"})
    void aMethodOverrideHeaderIsRefused(String method, String override) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/engine-rest/process-instance");
        request.addHeader("X-HTTP-Method-Override", override);
        assertThat(EngineReadOnly.allows(request)).isFalse();
    }
}
