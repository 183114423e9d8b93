package cn.kaohe.ui;

import cn.kaohe.audit.CurrentActor;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only stand-in for the form login that the security module adds (GET/POST {@code /login}, a session,
 * {@code GET /api/me}), so that the browser journeys can act as different people before Spring Security is
 * merged. It switches itself off as soon as Spring Security is on the classpath: then the real login page
 * answers and this class can be deleted. Anonymous requests pass through unchanged, so other tests see no
 * difference.
 */
final class StandInLogin {

    static final String SECURITY = "org.springframework.security.web.SecurityFilterChain";
    private static final String SESSION_USER = "kaohe.standIn.user";

    private StandInLogin() {}

    static BrowserUsers.User currentUser() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpSession session = a.getRequest().getSession(false);
            return session == null ? null : BrowserUsers.find((String) session.getAttribute(SESSION_USER));
        }
        return null;
    }

    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnMissingClass(SECURITY)
    static class Filter extends OncePerRequestFilter {

        private final ObjectMapper json;

        Filter(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI();
            HttpSession session = request.getSession(false);
            BrowserUsers.User user =
                    session == null ? null : BrowserUsers.find((String) session.getAttribute(SESSION_USER));
            if (path.equals("/login") && request.getMethod().equals("GET")) {
                page(response, request.getParameter("error") != null);
                return;
            }
            if (path.equals("/login") && request.getMethod().equals("POST")) {
                BrowserUsers.User found = BrowserUsers.find(request.getParameter("username"));
                if (found == null || !BrowserUsers.PASSWORD.equals(request.getParameter("password"))) {
                    response.sendRedirect("/login?error");
                    return;
                }
                request.getSession(true).setAttribute(SESSION_USER, found.login());
                response.sendRedirect("/index.html");
                return;
            }
            if (path.equals("/logout") && request.getMethod().equals("POST")) {
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect("/login?logout");
                return;
            }
            if (path.equals("/api/me")) {
                response.setCharacterEncoding("UTF-8");
                response.setContentType("application/json");
                if (user == null) {
                    response.setStatus(401);
                    json.writeValue(response.getWriter(), Map.of("code", "AUTH-001", "message", "请先登录"));
                    return;
                }
                Map<String, Object> me = new LinkedHashMap<>();
                me.put("login", user.login());
                me.put("name", user.name());
                me.put("cadreId", user.cadreId());
                me.put("roles", user.roles());
                json.writeValue(response.getWriter(), me);
                return;
            }
            if (user == null) {
                chain.doFilter(request, response);
                return;
            }
            Principal principal = user::login;
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public Principal getUserPrincipal() {
                            return principal;
                        }

                        @Override
                        public String getRemoteUser() {
                            return user.login();
                        }

                        @Override
                        public boolean isUserInRole(String role) {
                            return user.roles().contains(role);
                        }
                    },
                    response);
        }

        private static void page(HttpServletResponse response, boolean error) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream()
                    .write(("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>登录</title>"
                                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                    + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>登录</h1>"
                                    + (error ? "<p class=\"form-error\" role=\"alert\">用户名或密码不正确</p>" : "")
                                    + "<form method=\"post\" action=\"/login\" class=\"card\">"
                                    + "<div class=\"field\"><label for=\"username\">用户名</label>"
                                    + "<input type=\"text\" id=\"username\" name=\"username\"></div>"
                                    + "<div class=\"field\"><label for=\"password\">密码</label>"
                                    + "<input type=\"password\" id=\"password\" name=\"password\"></div>"
                                    + "<button type=\"submit\">登录</button></form></main></body></html>")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The acting user with the workflow groups of their roles (the request actor knows no groups yet). */
    @Component
    @Primary
    @ConditionalOnMissingClass(SECURITY)
    static class Actor implements CurrentActor {

        @Override
        public String name() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
                Principal p = a.getRequest().getUserPrincipal();
                return p == null ? "anonymous" : p.getName();
            }
            return "system";
        }

        @Override
        public String requestId() {
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                    ? (String) a.getRequest().getAttribute("kaohe.requestId")
                    : null;
        }

        @Override
        public Set<String> groups() {
            BrowserUsers.User user = currentUser();
            return user == null ? Set.of() : user.groups();
        }
    }
}
