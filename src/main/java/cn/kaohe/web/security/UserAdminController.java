package cn.kaohe.web.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration (ADMIN only, by URL rule): logins, granted roles, password resets, unlocks. All audited. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final UserAdministration accounts;

    UserAdminController(UserAdministration accounts) {
        this.accounts = accounts;
    }

    record CreateUser(String login, String password, Set<Role> grants, String reason) {}

    record RoleChange(Role role, String reason) {}

    record PasswordReset(String password, String reason) {}

    record Reason(String reason) {}

    record EnabledChange(boolean enabled, String reason) {}

    @GetMapping
    List<UserAdministration.UserView> all() {
        return accounts.all();
    }

    @GetMapping("/{login}")
    UserAdministration.UserView one(@PathVariable String login) {
        return accounts.one(login);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserView create(@RequestBody CreateUser request) {
        return accounts.create(request.login(), request.password(), request.grants(), request.reason());
    }

    @PostMapping("/{login}/roles")
    UserAdministration.UserView grant(@PathVariable String login, @RequestBody RoleChange change) {
        return accounts.grant(login, change.role(), change.reason());
    }

    @DeleteMapping("/{login}/roles/{role}")
    UserAdministration.UserView revoke(
            @PathVariable String login, @PathVariable Role role, @RequestParam String reason) {
        return accounts.revoke(login, role, reason);
    }

    /** Sets the given password, or generates one (answered once) when none is given. */
    @PostMapping("/{login}/password")
    Map<String, String> resetPassword(@PathVariable String login, @RequestBody PasswordReset reset) {
        String password = accounts.resetPassword(login, reset.password(), reset.reason());
        return reset.password() == null || reset.password().isEmpty()
                ? Map.of("login", login, "password", password)
                : Map.of("login", login);
    }

    @PostMapping("/{login}/unlock")
    UserAdministration.UserView unlock(@PathVariable String login, @RequestBody Reason reason) {
        return accounts.unlock(login, reason.reason());
    }

    @PutMapping("/{login}/enabled")
    UserAdministration.UserView enabled(@PathVariable String login, @RequestBody EnabledChange change) {
        return accounts.setEnabled(login, change.enabled(), change.reason());
    }
}
