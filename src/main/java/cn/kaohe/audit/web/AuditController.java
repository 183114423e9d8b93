package cn.kaohe.audit.web;

import cn.kaohe.audit.AuditReaders;
import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.ChainVerification;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail auditTrail;
    private final AuditReaders policy;

    AuditController(AuditTrail auditTrail, AuditReaders policy) {
        this.auditTrail = auditTrail;
        this.policy = policy;
    }

    @GetMapping
    List<AuditRecord> history(@RequestParam String entityType, @RequestParam String entityId) {
        policy.requireSeeAudit(entityType, entityId);
        return auditTrail.history(entityType, entityId);
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return auditTrail.verify();
    }
}
