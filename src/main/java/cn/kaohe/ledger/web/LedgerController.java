package cn.kaohe.ledger.web;

import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerPages;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.web.security.AccessPolicy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    private final LedgerPages pages;

    LedgerController(LedgerService ledger, AccessPolicy policy, LedgerPages pages) {
        this.ledger = ledger;
        this.pages = pages;
        this.policy = policy;
    }

    record ReverseRequest(String reason) {}

    @GetMapping("/fact-types")
    Collection<LedgerService.FactType> factTypes() {
        return ledger.factTypes().values();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LedgerEntry record(@RequestBody RecordFact fact) {
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

    /**
     * The office's ledger list (issue 16): with {@code q}, {@code page}, {@code size} or {@code sort} (id, occurredOn,
     * type, cadre, points, recordedAt; {@code ,desc}) one page searched and sorted by the database, with labels beside
     * the codes, the whole list's length in {@code X-Total-Count}.
     */
    /**
     * A cadre's entries ({@code cadreId}, {@code from}, {@code to}), or the office's ledger list (issue 16): with
     * {@code q}, {@code page}, {@code size} or {@code sort} (id, occurredOn, type, cadre, points, recordedAt;
     * {@code ,desc}) one page searched and sorted by the database, labels beside the codes, the whole list's length in
     * {@code X-Total-Count}; with none of them the latest 200 entries.
     */
    @GetMapping
    ResponseEntity<List<?>> list(
            @RequestParam(required = false) Long cadreId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        if (cadreId == null) {
            policy.requireReader();
            if (q == null && page == null && size == null && sort == null) {
                return ResponseEntity.ok(ledger.latest());
            }
            PageSpec.Page<LedgerPages.LedgerRow> rows = pages.page(
                    q, PageSpec.of(page, size, sort == null ? "id,desc" : sort, LedgerPages.SORT_KEYS, "id"));
            return ResponseEntity.ok()
                    .header("X-Total-Count", String.valueOf(rows.total()))
                    .body(rows.content());
        }
        policy.requireSeeCadreRecords(cadreId);
        return ResponseEntity.ok(ledger.ofCadre(
                cadreId, from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(2999, 12, 31) : to));
    }
}
