package cn.kaohe.web;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.web.security.KaoheUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The acting user is the authenticated user of Spring Security: the name is the login, the groups are the
 * lowercase roles ({@code office}, {@code committee} …, the engine's candidate groups). Outside a request
 * (the engine's jobs, start-up) it is {@code system}; an unauthenticated request is {@code anonymous}.
 */
@Component
class RequestActor implements CurrentActor {

    @Override
    public String name() {
        Authentication a = authentication();
        if (a != null) {
            return a.getName();
        }
        return request() == null ? "system" : "anonymous";
    }

    @Override
    public Set<String> groups() {
        Authentication a = authentication();
        return a != null && a.getPrincipal() instanceof KaoheUser u ? u.groups() : Set.of();
    }

    @Override
    public String requestId() {
        HttpServletRequest request = request();
        return request == null ? null : (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
    }

    private static Authentication authentication() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
    }
}
