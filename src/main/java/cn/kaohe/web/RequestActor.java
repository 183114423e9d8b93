package cn.kaohe.web;

import cn.kaohe.audit.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The acting user is the authenticated principal of the current request; outside requests, the system. */
@Component
class RequestActor implements CurrentActor {

    @Override
    public String name() {
        HttpServletRequest request = request();
        if (request == null) {
            return "system";
        }
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    @Override
    public String requestId() {
        HttpServletRequest request = request();
        return request == null ? null : (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
    }
}
