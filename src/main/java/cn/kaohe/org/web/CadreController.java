package cn.kaohe.org.web;

import cn.kaohe.org.CadreDetail;
import cn.kaohe.org.CadreFilter;
import cn.kaohe.org.CadreRef;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.CadreSummary;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostHistory;
import cn.kaohe.org.PostTerm;
import cn.kaohe.org.StaffType;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.web.security.AccessPolicy;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cadres (干部): list with filters, one cadre, changes (all audited), supervision and committee roles. */
@RestController
@RequestMapping("/api/cadres")
class CadreController {

    private final OrgService org;
    private final CadreService service;
    private final AccessPolicy policy;
    private final PostHistory posts;

    CadreController(OrgService org, CadreService service, AccessPolicy policy, PostHistory posts) {
        this.org = org;
        this.service = service;
        this.policy = policy;
        this.posts = posts;
    }

    /** The cadre's posts over time (任职经历), oldest first. */
    @GetMapping("/{id}/posts")
    List<PostTerm> posts(@PathVariable long id) {
        org.cadre(id);
        return posts.of(id);
    }

    /** Replaces the cadre's post history (a new hire's first month, a transfer dated in the past); audited. */
    @PutMapping("/{id}/posts")
    List<PostTerm> replacePosts(@PathVariable long id, @Valid @RequestBody Requests.PostHistoryChange r) {
        return posts.replace(id, r.terms(), r.reason());
    }

    /**
     * @param unit unit id (with its sub-units)
     * @param q part of name, 工号 or login name
     * @param active true (default) active only, false inactive only, omit with all=true for both
     */
    @GetMapping
    ResponseEntity<List<CadreSummary>> list(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) StaffType staffType,
            @RequestParam(required = false) Boolean villageResident,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        Boolean activeFilter = all ? null : active == null ? Boolean.TRUE : active;
        CadreFilter filter = new CadreFilter(unit, q, staffType, villageResident, activeFilter);
        if (page == null && size == null && sort == null) {
            return ResponseEntity.ok(org.cadres(filter));
        }
        // one page sorted by the database (name, code, unit, staffType, postRank; ",desc"), the length in X-Total-Count
        PageSpec.Page<CadreSummary> rows =
                org.cadres(filter, PageSpec.of(page, size, sort, OrgService.CADRE_SORT_KEYS, "name"));
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(rows.total()))
                .body(rows.content());
    }

    /** One cadre; the phone number only for the cadre, the office and the administrator (issue 11). */
    @GetMapping("/{id}")
    CadreDetail one(@PathVariable long id) {
        CadreDetail d = org.cadre(id);
        return policy.maySeePhoneOf(id) ? d : withoutPhone(d);
    }

    private static CadreDetail withoutPhone(CadreDetail d) {
        return new CadreDetail(
                d.cadre(),
                null,
                d.villageResident(),
                d.leadershipMember(),
                d.supervisedUnits(),
                d.supervisingLeaders(),
                d.committeeRoles(),
                d.committeeRoleLabels(),
                d.assessmentLead(),
                d.secondments(),
                d.version());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CadreDetail create(@Valid @RequestBody Requests.CadreRequest r) {
        return service.create(r.command(), r.reason());
    }

    @PutMapping("/{id}")
    CadreDetail update(@PathVariable long id, @Valid @RequestBody Requests.CadreRequest r) {
        return service.update(id, r.command(), r.version(), r.reason());
    }

    @PostMapping("/{id}/deactivate")
    CadreDetail deactivate(@PathVariable long id, @Valid @RequestBody Requests.Reason r) {
        return service.deactivate(id, r.reason());
    }

    /** 分管领导 of this cadre. */
    @GetMapping("/{id}/supervising-leaders")
    List<CadreRef> supervisingLeaders(@PathVariable long id) {
        return org.supervisingLeaders(id);
    }

    /** The cadres this leadership member supervises. */
    @GetMapping("/{id}/supervised-cadres")
    List<CadreSummary> supervisedCadres(@PathVariable long id) {
        return org.supervisedCadres(id);
    }

    /** Sets exactly the units this leadership member supervises. */
    @PutMapping("/{id}/supervised-units")
    CadreDetail supervise(@PathVariable long id, @Valid @RequestBody Requests.SupervisionChange r) {
        return service.supervise(id, r.unitIds(), r.reason());
    }

    /** Sets exactly this cadre's roles in the assessment committee (考核领导小组). */
    @PutMapping("/{id}/committee-roles")
    CadreDetail committeeRoles(@PathVariable long id, @Valid @RequestBody Requests.CommitteeChange r) {
        return service.assignCommitteeRoles(id, r.roles(), r.assessmentLead(), r.reason());
    }

    /** Records a secondment (借调); one starting in the same month is replaced. */
    @PostMapping("/{id}/secondments")
    CadreDetail second(@PathVariable long id, @Valid @RequestBody Requests.SecondmentChange r) {
        return service.second(id, r.secondment().term(), r.reason());
    }
}
