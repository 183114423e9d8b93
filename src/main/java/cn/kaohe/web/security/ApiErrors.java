package cn.kaohe.web.security;

import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.ErrorCode;
import cn.kaohe.web.ErrorResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 answers for API clients: JSON {@code {code, message}} with COMMON-009 / COMMON-005 and a
 * Chinese message, never HTML, never a redirect, and no {@code WWW-Authenticate} header (a browser would
 * otherwise pop up its own login dialog for the web UI's calls).
 */
final class ApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LockingAuthenticationProvider.KaoheThrottledException) {
            write(response, SecurityError.THROTTLED, loginMessage(e));
            return;
        }
        write(response, CommonError.UNAUTHENTICATED, loginMessage(e));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (EngineReadOnly.isRefusedChange(request)) {
            write(response, SecurityError.ENGINE_READ_ONLY, SecurityError.ENGINE_READ_ONLY.messageTemplate());
            return;
        }
        String message = e instanceof CsrfException
                ? "无权执行此操作：缺少或无效的 CSRF 令牌（请刷新页面后重试）"
                : CommonError.FORBIDDEN.messageTemplate();
        write(response, CommonError.FORBIDDEN, message);
    }

    /** The Chinese message for a failed login. */
    static String loginMessage(AuthenticationException e) {
        if (e == null) {
            return CommonError.UNAUTHENTICATED.messageTemplate();
        }
        if (e instanceof LockingAuthenticationProvider.KaoheThrottledException throttled) {
            return java.text.MessageFormat.format(SecurityError.THROTTLED.messageTemplate(), throttled.minutes());
        }
        if (e instanceof LockingAuthenticationProvider.KaoheLockedException locked) {
            return java.text.MessageFormat.format(SecurityError.LOCKED.messageTemplate(), locked.minutes());
        }
        if (e instanceof DisabledException) {
            return SecurityError.DISABLED.messageTemplate();
        }
        if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
            return SecurityError.BAD_CREDENTIALS.messageTemplate();
        }
        return CommonError.UNAUTHENTICATED.messageTemplate();
    }

    private void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(code.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), new ErrorResponse(code.code(), message, List.of()));
    }
}
