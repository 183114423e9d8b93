package cn.kaohe.workflow.web;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.workflow.Incidents;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed process steps (故障) for the office and administrators: list and retry. */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final Incidents incidents;
    private final CurrentActor actor;

    IncidentController(Incidents incidents, CurrentActor actor) {
        this.incidents = incidents;
        this.actor = actor;
    }

    @GetMapping
    List<Incidents.OpenIncident> open() {
        officeOrAdmin();
        return incidents.open();
    }

    @PostMapping("/{id}/retry")
    void retry(@PathVariable String id) {
        officeOrAdmin();
        incidents.retry(id);
    }

    private void officeOrAdmin() {
        if (!actor.groups().contains("office") && !actor.groups().contains("admin")) {
            throw new KaoheException(CommonError.FORBIDDEN);
        }
    }
}
