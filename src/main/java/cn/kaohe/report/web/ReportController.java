package cn.kaohe.report.web;

import cn.kaohe.report.ContentDispositions;
import cn.kaohe.report.ReportService;
import cn.kaohe.report.ReportService.ReportList;
import cn.kaohe.report.ReportType;
import cn.kaohe.report.StoredReport;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports of a campaign: the stored ones (generated at the steps or on demand), a report rendered now from
 * the current data, one cadre's score sheet or result notice. Files come with a Chinese file name
 * ({@code filename*=UTF-8''…}), their checksum and data version in response headers; the bytes are streamed from
 * the store (a range request gets its part).
 */
@RestController
@RequestMapping("/api")
class ReportController {

    static final String REPORT_ID = "X-Report-Id";
    static final String CHECKSUM = "X-Report-Checksum";
    static final String DATA_VERSION = "X-Report-Data-Version";

    private final ReportService reports;
    private final cn.kaohe.web.security.AccessPolicy access;

    ReportController(ReportService reports, cn.kaohe.web.security.AccessPolicy access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/campaigns/{id}/reports")
    ReportList list(@PathVariable long id) {
        return reports.list(id);
    }

    /** Renders {@code type} now (e.g. {@code ranking?format=xlsx}) and stores it as ON_DEMAND. */
    @GetMapping("/campaigns/{id}/reports/{type}")
    ResponseEntity<Resource> render(
            @PathVariable long id,
            @PathVariable String type,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Boolean groupByUnit) {
        return file(reports.onDemand(id, ReportService.type(type), ReportService.format(format), groupByUnit));
    }

    /** A stored report, byte for byte. */
    @GetMapping("/reports/{storedId}")
    ResponseEntity<Resource> download(@PathVariable long storedId) {
        return file(reports.download(storedId));
    }

    @GetMapping("/assessments/{id}/reports/score-sheet")
    ResponseEntity<Resource> scoreSheet(@PathVariable long id) {
        access.requireSeeAssessment(id); // a cadre only their own score sheet
        return file(reports.forAssessment(id, ReportType.SCORE_SHEET));
    }

    @GetMapping("/assessments/{id}/reports/result-notice")
    ResponseEntity<Resource> resultNotice(@PathVariable long id) {
        access.requireSeeAssessment(id); // a cadre only their own written notice
        return file(reports.forAssessment(id, ReportType.RESULT_NOTICE));
    }

    /** The stored bytes, streamed piece by piece from the store to the client (never a whole file in memory). */
    private ResponseEntity<Resource> file(StoredReport report) {
        Resource body = new AbstractResource() {
            @Override
            public String getDescription() {
                return "stored report " + report.getId();
            }

            @Override
            public InputStream getInputStream() {
                return reports.content(report);
            }

            @Override
            public long contentLength() {
                return report.getSizeBytes();
            }

            @Override
            public boolean exists() {
                return true;
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.getFormat().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(report.getFileName()))
                .header(REPORT_ID, String.valueOf(report.getId()))
                .header(CHECKSUM, report.getChecksum())
                .header(DATA_VERSION, report.getDataVersion())
                .contentLength(report.getSizeBytes())
                .body(body);
    }
}
