package cn.kaohe.web.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (登录): Chinese, phone-friendly; the form posts to Spring Security's {@code POST /login}. */
@Controller
class LoginController {

    private final SecurityProperties properties;

    LoginController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            HttpSession session,
            Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null
                && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken)
                && error == null
                && logout == null) {
            return "redirect:/";
        }
        model.addAttribute("maxAttempts", properties.maxFailedAttempts());
        model.addAttribute("lockMinutes", properties.lockDuration().toMinutes());
        if (error != null) {
            Object message = session.getAttribute(LoginFailureHandler.MESSAGE);
            session.removeAttribute(LoginFailureHandler.MESSAGE);
            model.addAttribute("error", message == null ? SecurityError.BAD_CREDENTIALS.messageTemplate() : message);
        }
        if (logout != null) {
            model.addAttribute("info", "您已安全退出");
        }
        return "login";
    }
}
