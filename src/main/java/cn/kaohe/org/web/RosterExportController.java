package cn.kaohe.org.web;

import cn.kaohe.org.RosterExport;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster (干部名册) to Excel in the import template's columns, for the office (URL rule /api/roster/**). */
@RestController
class RosterExportController {

    private final RosterExport export;

    RosterExportController(RosterExport export) {
        this.export = export;
    }

    @GetMapping("/api/roster/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId) {
        return ResponseEntity.ok()
                .contentType(RosterController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("干部名册.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(export.xlsx(unitId));
    }
}
