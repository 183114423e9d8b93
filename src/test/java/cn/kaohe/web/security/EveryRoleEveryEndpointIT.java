package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role (anonymous, cadre, supervising leader, office, committee, party committee, administrator) calls every
 * endpoint Kaohe maps, with ids nobody has and an empty JSON object as body: never a 5xx, anonymous callers never get
 * past the login, and nothing in the domain changes (issue 12: "every role calling every endpoint").
 */
@IntegrationTest
class EveryRoleEveryEndpointIT {

    /** An id no row has (every path variable gets it: ids, codes, kinds, periods). */
    static final String NOBODY = "987654321";

    /** API endpoints anonymous callers may reach by design: none (the login page is not under /api). */
    static final Set<String> PUBLIC = Set.of();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRoleGetsA5xxFromAnyEndpointAndAnonymousCallersAreStoppedAtTheLogin() {
        users.ensureCadres();
        Map<String, TestRestTemplate> callers = new LinkedHashMap<>();
        callers.put("anonymous", rest);
        callers.put("cadre chenkun", users.as(rest, "chenkun"));
        callers.put("leader zhoufeng", users.as(rest, "zhoufeng"));
        callers.put("committee wangfeng", users.as(rest, "wangfeng"));
        callers.put("office", users.office(rest));
        callers.put("party", users.as(rest, TestUsers.PARTY));
        callers.put("admin", users.as(rest, TestUsers.ADMIN));
        Map<String, Long> before = domainCounts();

        List<String> serverErrors = new ArrayList<>();
        List<String> anonymousThrough = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", NOBODY).replace("/**", "/" + NOBODY);
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpMethod method = HttpMethod.valueOf(m.name());
                    called.add(method + " " + pattern);
                    for (Map.Entry<String, TestRestTemplate> caller : callers.entrySet()) {
                        int status = call(caller.getValue(), method, path);
                        String what = caller.getKey() + " " + method + " " + path + " → " + status;
                        if (status >= 500) {
                            serverErrors.add(what);
                        }
                        if (caller.getKey().equals("anonymous")
                                && status < 400
                                && PUBLIC.stream().noneMatch(p -> matches(p, pattern))) {
                            anonymousThrough.add(what);
                        }
                    }
                }
            }
        }
        System.out.printf(
                "[roles] %d endpoints × %d callers, %d server errors%n",
                called.size(), callers.size(), serverErrors.size());
        assertThat(called).as("the sweep found the API").hasSizeGreaterThan(60);
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(anonymousThrough).as("anonymous callers past the login").isEmpty();
        assertThat(domainCounts()).as("nothing changed").isEqualTo(before);
    }

    private static boolean matches(String publicPattern, String pattern) {
        return publicPattern.endsWith("/**")
                ? pattern.startsWith(publicPattern.substring(0, publicPattern.length() - 3))
                : publicPattern.equals(pattern);
    }

    private static int call(TestRestTemplate as, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        HttpEntity<String> body = method == HttpMethod.GET || method == HttpMethod.DELETE
                ? new HttpEntity<>(headers)
                : new HttpEntity<>("{}", headers);
        ResponseEntity<byte[]> r = as.exchange(path, method, body, byte[].class);
        return r.getStatusCode().value();
    }

    /** Rows of the domain's tables a stray call could create, change the number of or remove. */
    private Map<String, Long> domainCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of(
                "campaign",
                "assessment",
                "appeal",
                "ledger_entry",
                "result_adjustment",
                "group_rating",
                "scheme_version",
                "org_unit",
                "cadre",
                "stored_report")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
