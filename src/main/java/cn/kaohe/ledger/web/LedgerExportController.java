package cn.kaohe.ledger.web;

import cn.kaohe.ledger.LedgerExport;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger (台账) to Excel, for the office. */
@RestController
class LedgerExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerExport export;
    private final AccessPolicy policy;

    LedgerExportController(LedgerExport export, AccessPolicy policy) {
        this.export = export;
        this.policy = policy;
    }

    @GetMapping("/api/ledger/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        policy.require(Role.OFFICE);
        String name = "台账"
                + (from == null && to == null ? "" : "-" + (from == null ? "" : from) + "至" + (to == null ? "" : to))
                + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(export.xlsx(from, to));
    }
}
