package cn.kaohe.org.web;

import cn.kaohe.org.ImportSummary;
import cn.kaohe.org.OrgError;
import cn.kaohe.org.RosterImport;
import cn.kaohe.org.RosterTemplate;
import cn.kaohe.shared.KaoheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Roster import (花名册导入) and its template. */
@RestController
@RequestMapping("/api/roster")
class RosterController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RosterImport rosterImport;

    RosterController(RosterImport rosterImport) {
        this.rosterImport = rosterImport;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importRoster(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String reason)
            throws IOException {
        return rosterImport.importRoster(file.getOriginalFilename(), file.getBytes(), dryRun, reason);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        boolean xlsx =
                switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "xlsx" -> true;
                    case "csv" -> false;
                    default -> throw new KaoheException(OrgError.TEMPLATE_FORMAT, format);
                };
        String filename = "花名册模板." + (xlsx ? "xlsx" : "csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx ? RosterTemplate.xlsx() : RosterTemplate.csv());
    }
}
