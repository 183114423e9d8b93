package cn.kaohe.notification.web;

import cn.kaohe.notification.outbound.OutboundError;
import cn.kaohe.notification.outbound.OutboundMessage;
import cn.kaohe.notification.outbound.OutboundStatus;
import cn.kaohe.notification.outbound.Outbox;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications that left (or could not leave) the app, for the office: status, attempts, next attempt and the last
 * error of each e-mail and robot message; a failed one can be sent again.
 */
@RestController
@RequestMapping("/api/notifications/outbound")
class OutboundController {

    private final Outbox outbox;
    private final AccessPolicy policy;

    OutboundController(Outbox outbox, AccessPolicy policy) {
        this.outbox = outbox;
        this.policy = policy;
    }

    @GetMapping
    List<OutboundMessage> list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
        policy.require(Role.OFFICE, Role.ADMIN);
        if (limit < 1 || limit > 500) {
            throw new KaoheException(OutboundError.LIMIT_OUT_OF_RANGE, limit);
        }
        return outbox.latest(status(status), limit);
    }

    @GetMapping("/{id}")
    OutboundMessage one(@PathVariable long id) {
        policy.require(Role.OFFICE, Role.ADMIN);
        return outbox.message(id);
    }

    @PostMapping("/{id}/retry")
    OutboundMessage retry(@PathVariable long id) {
        policy.require(Role.OFFICE);
        return outbox.retry(id);
    }

    private static OutboundStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OutboundStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KaoheException(OutboundError.UNKNOWN_STATUS, text);
        }
    }
}
