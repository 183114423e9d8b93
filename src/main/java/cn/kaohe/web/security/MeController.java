package cn.kaohe.web.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user: who am I, and changing my own password. */
@RestController
@RequestMapping("/api/me")
class MeController {

    private final AccessPolicy policy;
    private final UserAccounts accounts;

    private final PeopleNames people;

    MeController(AccessPolicy policy, UserAccounts accounts, PeopleNames people) {
        this.policy = policy;
        this.accounts = accounts;
        this.people = people;
    }

    /** The user, with the roles' Chinese names and the township shown in every page's header. */
    record Me(String login, String name, Long cadreId, List<Role> roles, String township) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    @GetMapping
    Me me() {
        KaoheUser u = policy.user();
        // roles as the roster says now (a new committee member need not log in again to see it here)
        KaoheUser fresh = accounts.describe(u.login());
        return new Me(
                fresh.login(),
                fresh.name(),
                fresh.cadreId(),
                fresh.roles().stream().sorted().toList(),
                people.township(fresh.cadreId()).orElse(null));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(policy.user().login(), change.currentPassword(), change.newPassword());
    }
}
