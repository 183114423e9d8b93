package cn.kaohe.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends every API endpoint that reads a JSON body a set of bad bodies (literal null, empty, NUL and other control
 * characters, CR/LF in names, wrong types, malformed, huge, empty or null batch items) with real ids in its path, as a
 * user holding every role. Each answer must be a 4xx; the caller compares row counts before and after.
 */
final class EndpointFuzzer {

    record Result(int endpoints, int requests, Map<Integer, Integer> statuses, List<String> failures) {}

    static final List<String> BODIES = List.of(
            "null",
            "",
            "\"a\\u0000b\"",
            "{\"name\":\"a\\u0000b\",\"summary\":\"\\u0000\",\"comment\":\"\\u0000\",\"reason\":\"\\u0000\","
                    + "\"note\":\"\\u0000\",\"title\":\"\\u0000\",\"value\":\"\\u0000\",\"newValue\":\"\\u0000\","
                    + "\"target\":\"\\u0000\",\"attachments\":\"\\u0000\",\"description\":\"\\u0000\","
                    + "\"evidence\":\"\\u0000\",\"document\":\"\\u0000\",\"password\":\"\\u0000\","
                    + "\"newPassword\":\"\\u0000\",\"code\":\"\\u0000\",\"period\":\"\\u0000\",\"login\":\"\\u0000\"}",
            "{\"name\":\"a\\r\\nb\",\"code\":\"x\\r\\ny\",\"title\":\"t\\nx\",\"period\":\"2026\\r\\n\",\"login\":\"a\\nb\","
                    + "\"reason\":\"\\u0007\",\"summary\":\"\\u001b[31m\",\"comment\":\"\\u007f\",\"note\":\"\\u0001\"}",
            "[{}]",
            "[null]",
            "[{\"taskId\":null}]",
            "[{\"comment\":\"\\u0001\",\"reason\":\"\\u0000\"}]",
            "12345",
            "true",
            "{\"a\":",
            "\"" + "x".repeat(3 * 1024 * 1024) + "\"");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^/]*)?}(?=/|$)");

    private final Http http;
    private final String login;
    private final RequestMappingHandlerMapping mappings;
    private final JdbcTemplate jdbc;

    EndpointFuzzer(Http http, String login, RequestMappingHandlerMapping mappings, JdbcTemplate jdbc) {
        this.http = http;
        this.login = login;
        this.mappings = mappings;
        this.jdbc = jdbc;
    }

    Result run(Map<String, String> ids) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!readsBody(e.getValue())) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            String method =
                    methods.isEmpty() ? "POST" : methods.iterator().next().name();
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                endpoints++;
                String path = fill(pattern, ids);
                for (String body : BODIES) {
                    Http.Answer a = http.send(login, method, path, body);
                    requests++;
                    statuses.merge(a.status(), 1, Integer::sum);
                    if (a.status() < 400 || a.status() >= 500) {
                        String shown = body.length() > 80 ? body.substring(0, 80) + "…" : body;
                        failures.add(method + " " + path + " " + shown + " → " + a.status() + " " + a.body());
                    }
                }
            }
        }
        return new Result(endpoints, requests, statuses, failures);
    }

    /** Row counts of every application table and the engine's runtime tables. */
    Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type ="
                        + " 'BASE TABLE' and (table_name not like 'act\\_%' or table_name like 'act\\_ru\\_%')"
                        + " order by table_name",
                String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put(
                "max(audit_record.id)",
                jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class));
        return counts;
    }

    private static boolean readsBody(HandlerMethod m) {
        for (MethodParameter p : m.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String pattern, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = pattern.substring(0, m.start());
            m.appendReplacement(sb, Matcher.quoteReplacement(value(name, before, ids)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String value(String name, String before, Map<String, String> ids) {
        String n = name.toLowerCase();
        String context = (n.equals("id") ? before : n).toLowerCase();
        if (context.contains("task")) {
            return ids.get("taskId");
        }
        if (context.contains("assessment")) {
            return ids.get("assessmentId");
        }
        if (context.contains("campaign")) {
            return ids.get("campaignId");
        }
        if (context.contains("cadre")) {
            return ids.get("cadreId");
        }
        if (context.contains("unit")) {
            return ids.get("unitId");
        }
        if (context.contains("scheme")) {
            return ids.get("schemeId");
        }
        if (n.contains("year")) {
            return "2026";
        }
        if (n.contains("login") || n.contains("user")) {
            return FaultSuiteIT.ALL_ROLES;
        }
        return "1";
    }
}
