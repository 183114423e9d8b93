package cn.kaohe.notification.web;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.notification.Notification;
import cn.kaohe.notification.Notifications;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user's messages (站内通知): reminders, escalations, written result notices, appeal steps. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;
    private final CurrentActor actor;

    NotificationController(Notifications notifications, CurrentActor actor) {
        this.notifications = notifications;
        this.actor = actor;
    }

    @GetMapping
    List<Notification> mine() {
        List<Notification> all = new ArrayList<>(notifications.inbox(actor.name()));
        for (String group : actor.groups()) {
            all.addAll(notifications.inbox("group:" + group));
        }
        all.sort(Comparator.comparing(Notification::getId).reversed());
        return all;
    }

    @PostMapping("/{id}/read")
    Notification read(@PathVariable long id) {
        return notifications.markRead(id, actor.name());
    }
}
