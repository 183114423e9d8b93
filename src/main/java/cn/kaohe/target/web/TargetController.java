package cn.kaohe.target.web;

import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.target.Target;
import cn.kaohe.target.TargetChange;
import cn.kaohe.target.TargetError;
import cn.kaohe.target.TargetKind;
import cn.kaohe.target.TargetRules;
import cn.kaohe.target.TargetService;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.KaoheUser;
import cn.kaohe.web.security.PeopleNames;
import cn.kaohe.web.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The target register (目标责任书): the office registers books, the unit's own cadres (its principal or clerk) report
 * completion and ask for changes, the inspection (the office or the committee, 察访核验) checks completions, the
 * committee decides change requests. Role rules are checked here; the URL rule only asks for a login.
 */
@RestController
@RequestMapping("/api/targets")
class TargetController {

    private final TargetService targets;
    private final SchemeCatalog schemes;
    private final AccessPolicy policy;
    private final Clock clock;

    private final PeopleNames people;

    TargetController(
            TargetService targets, SchemeCatalog schemes, AccessPolicy policy, Clock clock, PeopleNames people) {
        this.people = people;
        this.targets = targets;
        this.schemes = schemes;
        this.policy = policy;
        this.clock = clock;
    }

    record TargetView(
            Long id,
            Long unitId,
            String unitName,
            String period,
            String category,
            int position,
            String title,
            BigDecimal points,
            String kind,
            BigDecimal targetValue,
            String measureUnit,
            Long leadUnitId,
            String leadUnitName,
            List<Long> coUnitIds,
            List<String> coUnitNames,
            String reportedBy,
            OffsetDateTime reportedAt,
            BigDecimal actual,
            String outcome,
            boolean notApplicable,
            boolean forceMajeure,
            String evidence,
            String attachments,
            String checkResult,
            String checkResultLabel,
            String checkedBy,
            String checkedByName,
            OffsetDateTime checkedAt,
            String checkNote) {}

    record ChangeView(
            Long id,
            Long unitId,
            String unitName,
            String period,
            String category,
            String reason,
            String changes,
            String status,
            String statusLabel,
            String requestedBy,
            String requestedByName,
            OffsetDateTime requestedAt,
            OffsetDateTime decisionDue,
            Boolean decisionMet,
            boolean decisionEscalated,
            String decidedBy,
            String decidedByName,
            OffsetDateTime decidedAt,
            String decisionNote,
            String appliedBefore,
            List<String> summary) {}

    /** A book as its unit sees it: what it feeds, the change cut-off, its targets and its change requests. */
    record UnitBookView(
            Long schemeVersionId,
            String schemeName,
            String period,
            String category,
            String categoryName,
            BigDecimal categoryPoints,
            java.time.LocalDate changeCutoff,
            boolean changesOpen,
            Long openChangeId,
            List<TargetView> targets,
            List<ChangeView> changes) {}

    /** The logged-in cadre's unit and its books. */
    record MyBooks(Long unitId, String unitName, List<UnitBookView> books) {}

    /** A scheme version that can carry targets, with its COMPLETION categories. */
    record SchemeOption(Long id, String name, String cycle, List<Map<String, Object>> categories) {}

    record Decision(Boolean approve, String note) {}

    @GetMapping("/schemes")
    List<SchemeOption> schemes() {
        policy.require(Role.OFFICE, Role.COMMITTEE);
        List<SchemeOption> out = new ArrayList<>();
        for (StoredScheme s : schemes.all()) {
            SchemeVersion m = schemes.model(s.getId());
            List<Map<String, Object>> cats = m.categories().stream()
                    .filter(c -> c.source() == CategorySource.COMPLETION)
                    .map(c -> Map.<String, Object>of("id", c.id(), "name", c.name(), "points", c.points()))
                    .toList();
            if (m.subjectKind() == SubjectKind.UNIT && !cats.isEmpty()) {
                out.add(new SchemeOption(
                        s.getId(),
                        s.getName() + " v" + s.getVersionNo(),
                        m.cycle().name(),
                        cats));
            }
        }
        return out;
    }

    @GetMapping
    List<TargetView> register(@RequestParam long schemeVersionId, @RequestParam String period) {
        policy.require(Role.OFFICE, Role.COMMITTEE);
        return views(targets.register(schemeVersionId, period));
    }

    @GetMapping("/books")
    List<TargetView> book(
            @RequestParam long schemeVersionId,
            @RequestParam long unitId,
            @RequestParam String period,
            @RequestParam(required = false) String category) {
        KaoheUser user = policy.user();
        if (!user.hasAny(Role.OFFICE, Role.COMMITTEE)
                && !targets.unitOfCadre(user.cadreId()).map(u -> u == unitId).orElse(false)) {
            policy.require(Role.OFFICE, Role.COMMITTEE);
        }
        return views(targets.book(schemeVersionId, unitId, period, category));
    }

    @PutMapping("/books")
    List<TargetView> registerBook(@RequestBody(required = false) TargetService.RegisterBook request) {
        policy.require(Role.OFFICE);
        return views(targets.registerBook(
                request == null ? new TargetService.RegisterBook(null, null, null, null, null) : request,
                policy.user().login()));
    }

    @PostMapping("/{id}/completion")
    TargetView report(@PathVariable long id, @RequestBody(required = false) TargetRules.Completion request) {
        return views(List.of(targets.report(id, request, actor()))).get(0);
    }

    @PostMapping("/{id}/check")
    TargetView check(@PathVariable long id, @RequestBody(required = false) TargetRules.Check request) {
        policy.require(Role.OFFICE, Role.COMMITTEE);
        return views(List.of(targets.check(id, request, policy.user().login()))).get(0);
    }

    @PostMapping("/changes")
    @ResponseStatus(HttpStatus.CREATED)
    ChangeView requestChange(@RequestBody(required = false) TargetService.RequestChange request) {
        TargetChange c = targets.requestChange(
                request == null ? new TargetService.RequestChange(null, null, null, null, null, null) : request,
                actor());
        return changeViews(List.of(c)).get(0);
    }

    @GetMapping("/changes")
    List<ChangeView> changes(
            @RequestParam(required = false) Long schemeVersionId, @RequestParam(required = false) String period) {
        policy.require(Role.OFFICE, Role.COMMITTEE);
        return changeViews(targets.changes(schemeVersionId, period));
    }

    @GetMapping("/changes/{id}")
    ChangeView change(@PathVariable long id) {
        TargetChange c = targets.change(id);
        KaoheUser user = policy.user();
        if (!user.hasAny(Role.OFFICE, Role.COMMITTEE)
                && !targets.unitOfCadre(user.cadreId())
                        .map(u -> u.equals(c.getUnitId()))
                        .orElse(false)) {
            throw new KaoheException(TargetError.NOT_YOUR_BOOK);
        }
        return changeViews(List.of(c)).get(0);
    }

    /**
     * The unit's side (seed 004 第九、十六条): the books of the logged-in cadre's own unit (its head or clerk: any active
     * cadre of the unit, ADR 0016), with their change requests and the inspection's checks. No other unit's book is
     * reachable here; a login without an active unit is refused (TARGET-018).
     */
    @GetMapping("/mine")
    MyBooks mine() {
        KaoheUser user = policy.user();
        long unitId = targets.unitOfCadre(user.cadreId()).orElseThrow(() -> new KaoheException(TargetError.NO_UNIT));
        List<UnitBookView> books = new ArrayList<>();
        for (TargetService.UnitBook b : targets.booksOfUnit(unitId)) {
            List<ChangeView> changes = changeViews(b.changes());
            books.add(new UnitBookView(
                    b.book().schemeVersionId(),
                    b.schemeName(),
                    b.book().periodLabel(),
                    b.book().categoryId(),
                    b.categoryName(),
                    b.categoryPoints(),
                    b.changeCutoff(),
                    b.changesOpen(),
                    changes.stream()
                            .filter(c -> "SUBMITTED".equals(c.status()))
                            .map(ChangeView::id)
                            .findFirst()
                            .orElse(null),
                    views(b.targets()),
                    changes));
        }
        return new MyBooks(unitId, targets.unitNames(List.of(unitId)).get(unitId), books);
    }

    @PostMapping("/changes/{id}/decision")
    ChangeView decide(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        policy.require(Role.COMMITTEE);
        KaoheUser user = policy.user();
        Decision d = decision == null ? new Decision(null, null) : decision;
        targets.decideThroughTask(id, user.login(), user.groups(), d.approve(), d.note());
        return changeViews(List.of(targets.change(id))).get(0);
    }

    private TargetService.Actor actor() {
        KaoheUser user = policy.user();
        return new TargetService.Actor(user.login(), user.cadreId(), user.has(Role.OFFICE));
    }

    private List<TargetView> views(List<Target> list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(t -> {
            ids.add(t.getUnitId());
            ids.add(t.getLeadUnitId());
            ids.addAll(t.coUnits());
        });
        Map<Long, String> names = targets.unitNames(ids);
        Map<String, String> people = this.people.names(
                list.stream().map(Target::getCheckedBy).filter(Objects::nonNull).toList());
        return list.stream()
                .map(t -> new TargetView(
                        t.getId(),
                        t.getUnitId(),
                        names.get(t.getUnitId()),
                        t.getPeriodLabel(),
                        t.getCategoryId(),
                        t.getPosition(),
                        t.getTitle(),
                        t.getPoints(),
                        t.getKind().name(),
                        t.getKind() == TargetKind.NUMERIC ? t.getTargetValue() : null,
                        t.getMeasureUnit(),
                        t.getLeadUnitId(),
                        names.get(t.getLeadUnitId()),
                        t.coUnits(),
                        t.coUnits().stream()
                                .map(u -> names.getOrDefault(u, String.valueOf(u)))
                                .toList(),
                        t.getReportedBy(),
                        t.getReportedAt(),
                        t.getActualValue(),
                        t.getOutcome() == null ? null : t.getOutcome().name(),
                        t.isClaimedMissing(),
                        t.isForceMajeure(),
                        t.getEvidence(),
                        t.getAttachments(),
                        t.getCheckResult() == null ? null : t.getCheckResult().name(),
                        t.getCheckResult() == null ? null : t.getCheckResult().label(),
                        t.getCheckedBy(),
                        t.getCheckedBy() == null ? null : people.get(t.getCheckedBy()),
                        t.getCheckedAt(),
                        t.getCheckNote()))
                .toList();
    }

    private List<ChangeView> changeViews(List<TargetChange> list) {
        Map<Long, String> names =
                targets.unitNames(list.stream().map(TargetChange::getUnitId).toList());
        Map<Long, List<String>> summaries = targets.describe(list);
        Map<String, String> people = this.people.names(list.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.getRequestedBy(), c.getDecidedBy()))
                .filter(Objects::nonNull)
                .toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return list.stream()
                .map(c -> new ChangeView(
                        c.getId(),
                        c.getUnitId(),
                        names.get(c.getUnitId()),
                        c.getPeriodLabel(),
                        c.getCategoryId(),
                        c.getReason(),
                        c.getChanges(),
                        c.getStatus().name(),
                        c.getStatus().label(),
                        c.getRequestedBy(),
                        c.getRequestedBy() == null ? null : people.get(c.getRequestedBy()),
                        c.getRequestedAt(),
                        c.getDecisionDue(),
                        c.decisionMet(now),
                        c.isDecisionEscalated(),
                        c.getDecidedBy(),
                        c.getDecidedBy() == null ? null : people.get(c.getDecidedBy()),
                        c.getDecidedAt(),
                        c.getDecisionNote(),
                        c.getAppliedBefore(),
                        summaries.getOrDefault(c.getId(), List.of())))
                .toList();
    }
}
