package cn.kaohe.scheme.web;

import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeCheck;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scheme.SchemeSamples;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Schemes (考核方案): presets, versions, import/export, and a preview that scores without storing. */
@RestController
@RequestMapping("/api/schemes")
class SchemeController {

    private final SchemeCatalog catalog;
    private final ScoringEngine engine = new ScoringEngine();

    SchemeController(SchemeCatalog catalog) {
        this.catalog = catalog;
    }

    record SchemeView(
            Long id,
            String code,
            int version,
            String name,
            String preset,
            boolean frozen,
            String checksum,
            ProcessSettings settings,
            String createdBy,
            OffsetDateTime createdAt) {
        static SchemeView of(StoredScheme s) {
            return new SchemeView(
                    s.getId(),
                    s.getCode(),
                    s.getVersionNo(),
                    s.getName(),
                    s.getPreset(),
                    s.isFrozen(),
                    s.getChecksum(),
                    s.settings(),
                    s.getCreatedBy(),
                    s.getCreatedAt());
        }
    }

    record CreateRequest(String document, String format, ProcessSettings settings) {}

    record PreviewRequest(Long schemeVersionId, String document, String format, JsonNode input) {}

    @GetMapping
    List<SchemeView> all() {
        return catalog.all().stream().map(SchemeView::of).toList();
    }

    @GetMapping("/presets")
    List<SchemePresets.Preset> presets() {
        return SchemePresets.list();
    }

    @PostMapping("/presets/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    SchemeView importPreset(@PathVariable String code, @RequestBody(required = false) ProcessSettings settings) {
        return SchemeView.of(catalog.importPreset(code, settings));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SchemeView create(@RequestBody CreateRequest request) {
        return SchemeView.of(catalog.create(request.document(), format(request.format()), request.settings()));
    }

    @GetMapping("/{id}")
    SchemeView one(@PathVariable long id) {
        return SchemeView.of(catalog.stored(id));
    }

    /** Export: the document as YAML (as stored) or JSON, as a download. */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "yaml") String format) {
        StoredScheme s = catalog.stored(id);
        Format f = format(format);
        String text = f == Format.YAML ? s.getDocument() : SchemeDocuments.write(catalog.model(id), Format.JSON);
        // codes are checked on the way in; one stored before that check gets a neutral name
        String base =
                cn.kaohe.scoring.SchemeValidator.CODE.matcher(s.getCode()).matches() ? s.getCode() : "scheme-" + id;
        String file = base + "-v" + s.getVersionNo() + (f == Format.YAML ? ".yaml" : ".json");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(
                        f == Format.YAML
                                ? MediaType.parseMediaType("application/yaml;charset=UTF-8")
                                : MediaType.APPLICATION_JSON)
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Scores an input (roster, facts, ratings) under a stored version or a posted document; stores nothing. */
    @PostMapping("/preview")
    ScoringOutcome preview(@RequestBody PreviewRequest request) {
        SchemeVersion scheme;
        if (request.schemeVersionId() != null) {
            scheme = catalog.model(request.schemeVersionId());
        } else if (request.document() != null) {
            scheme = SchemeDocuments.read(request.document(), format(request.format()));
        } else {
            throw KaoheException.invalid(List.of(Problem.ofField("schemeVersionId", "请指定方案版本或提供方案文件")));
        }
        if (request.input() == null) {
            throw KaoheException.invalid(List.of(Problem.ofField("input", "请提供计分输入（人员、台账、评分）")));
        }
        ScoringInput input = SchemeDocuments.readInput(request.input().toString());
        return engine.score(scheme, input);
    }

    // ---- the scheme editor (scheme.html) ----

    record SourceView(SchemeView version, String document) {}

    record DocumentRequest(String document) {}

    record EditRequest(String document, String note) {}

    record CheckView(boolean valid, List<SchemeCheck.LocatedProblem> problems) {}

    record SampleRequest(Long schemeVersionId, String document) {}

    record SampleView(ScoringInput input, ScoringOutcome outcome) {}

    /** A version with its YAML text, for reading in the page. */
    @GetMapping("/{id}/source")
    SourceView source(@PathVariable long id) {
        StoredScheme s = catalog.stored(id);
        return new SourceView(SchemeView.of(s), s.getDocument());
    }

    /** Every problem of an edited text at once, each at its line; stores nothing. */
    @PostMapping("/check")
    CheckView check(@RequestBody(required = false) DocumentRequest request) {
        // no text at all is a bad request (naming the field), not a scheme with problems
        if (request == null || request.document() == null || request.document().isBlank()) {
            throw cn.kaohe.shared.KaoheException.invalid(
                    java.util.List.of(cn.kaohe.shared.Problem.ofField("document", "请填写方案内容")));
        }
        SchemeCheck.Result r = SchemeCheck.check(request.document());
        return new CheckView(r.valid(), r.problems());
    }

    /** Corrects a draft version in place; a frozen version answers 409 SCHEME-004. */
    @PostMapping("/{id}/edit")
    SchemeView edit(@PathVariable long id, @RequestBody(required = false) EditRequest request) {
        EditRequest r = request == null ? new EditRequest(null, null) : request;
        return SchemeView.of(catalog.edit(id, r.document(), r.note()));
    }

    /** Saves an edited copy of version {id} as a new version. */
    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    SchemeView saveAsNewVersion(@PathVariable long id, @RequestBody(required = false) EditRequest request) {
        EditRequest r = request == null ? new EditRequest(null, null) : request;
        return SchemeView.of(catalog.saveAsNewVersion(id, r.document(), r.note()));
    }

    /** Scores three sample cadres under an edited text (or a stored version), with the explanation; stores nothing. */
    @PostMapping("/sample")
    SampleView sample(@RequestBody(required = false) SampleRequest request) {
        SchemeVersion scheme;
        if (request != null && request.document() != null) {
            scheme = SchemeCheck.require(request.document());
        } else if (request != null && request.schemeVersionId() != null) {
            scheme = catalog.model(request.schemeVersionId());
        } else {
            throw KaoheException.invalid(List.of(Problem.ofField("document", "请提供方案内容或指定方案版本")));
        }
        ScoringInput input = SchemeSamples.of(scheme, true);
        try {
            return new SampleView(input, engine.score(scheme, input));
        } catch (KaoheException e) {
            // the scheme's rules want more than the sample's ledger gives: try the ratings alone
            ScoringInput plain = SchemeSamples.of(scheme, false);
            return new SampleView(plain, engine.score(scheme, plain));
        }
    }

    private static Format format(String f) {
        if (f == null || f.isBlank() || f.equalsIgnoreCase("yaml") || f.equalsIgnoreCase("yml")) {
            return Format.YAML;
        }
        if (f.equalsIgnoreCase("json")) {
            return Format.JSON;
        }
        throw KaoheException.invalid(List.of(Problem.ofField("format", "格式只能是 yaml 或 json")));
    }
}
