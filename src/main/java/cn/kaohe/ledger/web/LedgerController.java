package cn.kaohe.ledger.web;

import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.web.security.AccessPolicy;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The ledger (台账): record facts, correct them by reversal, read them per cadre and period. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final LedgerService ledger;
    private final AccessPolicy policy;

    LedgerController(LedgerService ledger, AccessPolicy policy) {
        this.ledger = ledger;
        this.policy = policy;
    }

    record ReverseRequest(String reason) {}

    @GetMapping("/fact-types")
    Collection<LedgerService.FactType> factTypes() {
        return ledger.factTypes().values();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LedgerEntry record(@Valid @RequestBody RecordFact fact) {
        return ledger.record(fact);
    }

    @PostMapping("/{id}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerEntry reverse(@PathVariable long id, @RequestBody ReverseRequest request) {
        return ledger.reverse(id, request.reason());
    }

    @GetMapping("/{id}")
    LedgerEntry one(@PathVariable long id) {
        policy.requireSeeLedgerEntry(id);
        return ledger.entry(id);
    }

    @GetMapping
    List<LedgerEntry> list(
            @RequestParam(required = false) Long cadreId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (cadreId == null) {
            policy.requireReader();
            return ledger.latest();
        }
        policy.requireSeeCadreRecords(cadreId);
        return ledger.ofCadre(
                cadreId, from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(2999, 12, 31) : to);
    }
}
