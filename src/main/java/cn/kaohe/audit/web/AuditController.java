package cn.kaohe.audit.web;

import cn.kaohe.audit.AuditLabels;
import cn.kaohe.audit.AuditPages;
import cn.kaohe.audit.AuditReaders;
import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.ChainVerification;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.shared.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail auditTrail;
    private final AuditPages pages;
    private final AuditReaders policy;

    AuditController(AuditTrail auditTrail, AuditPages pages, AuditReaders policy) {
        this.auditTrail = auditTrail;
        this.pages = pages;
        this.policy = policy;
    }

    /**
     * With only {@code entityType} and {@code entityId}: the entity's whole history with before/after (as before). With
     * any of {@code q}, {@code page}, {@code size}, {@code sort} (id, occurredAt (default, newest first), action,
     * entityType, actor), {@code from}, {@code to} (dates, both days included) or without an entity: one page of the
     * trail, the list's length in X-Total-Count. The whole trail is for the office and the committee; a cadre may list
     * the history of an own assessment only.
     */
    @GetMapping
    ResponseEntity<List<?>> history(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        boolean oneEntity = entityType != null && !entityType.isBlank() && entityId != null && !entityId.isBlank();
        if (oneEntity) {
            policy.requireSeeAudit(entityType, entityId);
        } else {
            policy.requireSeeWholeTrail();
        }
        boolean paged = q != null || page != null || size != null || sort != null || from != null || to != null;
        if (oneEntity && !paged) {
            List<AuditRecord> all = auditTrail.history(entityType, entityId);
            return ResponseEntity.ok(all);
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add(Problem.ofField("to", "结束日期不能早于开始日期"));
        }
        PageSpec spec;
        try {
            spec = PageSpec.of(page, size, sort == null ? "occurredAt,desc" : sort, AuditPages.SORT_KEYS, "occurredAt");
        } catch (KaoheException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            problems.addAll(0, e.problems());
            throw KaoheException.invalid(problems);
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        PageSpec.Page<AuditPages.AuditRow> rows =
                pages.page(new AuditPages.Filter(q, entityType, entityId, fromDay, toDay), spec);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(rows.total()))
                .body(rows.content());
    }

    private static LocalDate day(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.ofField(field, "日期格式应为 2026-06-01"));
            return null;
        }
    }

    /** The Chinese names of entity types and actions, for the page's filter (the office and the committee). */
    @GetMapping("/labels")
    Map<String, Map<String, String>> labels() {
        policy.requireSeeWholeTrail();
        return Map.of("entityTypes", AuditLabels.entityTypes(), "actions", AuditLabels.actions());
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return auditTrail.verify();
    }
}
