package cn.kaohe.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A failed form login goes back to the login page with the Chinese reason (wrong password, locked …). */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "kaohe.loginError";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        request.getSession().setAttribute(MESSAGE, ApiErrors.loginMessage(exception));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
