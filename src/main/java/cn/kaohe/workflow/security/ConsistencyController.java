package cn.kaohe.workflow.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/consistency}: the administrator's process/assessment check (ADMIN by URL rule), audited. */
@RestController
class ConsistencyController {

    private final ProcessConsistency consistency;

    ConsistencyController(ProcessConsistency consistency) {
        this.consistency = consistency;
    }

    @GetMapping("/api/admin/consistency")
    ProcessConsistency.Report check() {
        return consistency.check();
    }
}
