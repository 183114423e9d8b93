package cn.kaohe.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's APIs are read-only for everybody (docs/adr/0008): Camunda's REST API ({@code /engine-rest})
 * and the webapps' API ({@code /camunda/api}, which carries the same engine REST API under
 * {@code /camunda/api/engine/engine/{name}}). Allowed are the safe methods (GET, HEAD, OPTIONS) and the
 * POSTs that are queries: the engine's query resources and their {@code /count} ({@code POST
 * /process-instance}, {@code POST /history/task/count} …), Cockpit's base plugin (queries only) and the webapps'
 * logout. Everything else is refused before it reaches the engine: deployments, starting instances, completing
 * tasks, executing jobs, variables, modifications, suspensions, deletions, messages, signals, user
 * administration. Kaohe does those itself, checked against the domain and audited.
 */
final class EngineReadOnly {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Engine REST resources whose POST (and POST …/count) is a query with a JSON body. */
    private static final Pattern QUERY = Pattern.compile("/(history/)?(process-instance|task|execution|job"
            + "|job-definition|variable-instance|external-task|activity-instance|detail|job-log|external-task-log"
            + "|case-instance|case-execution|incident|decision-instance)(/count)?");

    /** {@code /engine-rest/engine/default/x} and {@code /camunda/api/engine/engine/default/x} → {@code /x}. */
    private static final Pattern ENGINE_REST =
            Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?" + "|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    private static final Pattern COCKPIT_QUERY = Pattern.compile("^/camunda/api/cockpit/plugin/base/[^/]+/.+$");
    private static final Pattern LOGOUT = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/logout$");

    private EngineReadOnly() {}

    /** A request to one of the engine's APIs (REST or the webapps' API). */
    static boolean isEngineApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/engine-rest") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    /** Whether the request only reads (any other request to the engine's APIs is refused). */
    static boolean allows(HttpServletRequest request) {
        if (request.getHeader("X-HTTP-Method-Override") != null || request.getHeader("X-HTTP-Method") != null) {
            return false;
        }
        String method = request.getMethod();
        if (SAFE.contains(method)) {
            return true;
        }
        if (!"POST".equals(method)) {
            return false;
        }
        String path = path(request);
        Matcher engine = ENGINE_REST.matcher(path);
        if (engine.matches()) {
            return engine.group(1) != null && QUERY.matcher(engine.group(1)).matches();
        }
        return COCKPIT_QUERY.matcher(path).matches() || LOGOUT.matcher(path).matches();
    }

    /** Whether the request is to the engine's APIs and changes something (answered AUTH-010). */
    static boolean isRefusedChange(HttpServletRequest request) {
        return isEngineApi(request) && !allows(request);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
