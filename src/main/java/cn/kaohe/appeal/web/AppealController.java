package cn.kaohe.appeal.web;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.appeal.AppealService;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.PeopleNames;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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

/** Appeals (申诉): file on one's own result; the register with deadlines and whether they were met. */
@RestController
@RequestMapping("/api")
class AppealController {

    private final AppealService appeals;
    private final CurrentActor actor;
    private final Clock clock;
    private final AccessPolicy policy;

    private final PeopleNames people;

    AppealController(AppealService appeals, CurrentActor actor, Clock clock, AccessPolicy policy, PeopleNames people) {
        this.people = people;
        this.appeals = appeals;
        this.actor = actor;
        this.clock = clock;
        this.policy = policy;
    }

    record AppealView(
            Long id,
            Long campaignId,
            Long assessmentId,
            String appellant,
            String appellantName,
            String grounds,
            List<String> items,
            String status,
            String statusLabel,
            OffsetDateTime filedAt,
            OffsetDateTime forwardDue,
            OffsetDateTime forwardedAt,
            Boolean forwardMet,
            boolean forwardEscalated,
            OffsetDateTime decisionDue,
            OffsetDateTime decidedAt,
            Boolean decisionMet,
            boolean decisionEscalated,
            String outcome,
            String decision,
            String decidedBy,
            String decidedByName,
            String changes,
            String othersChanged,
            OffsetDateTime renoticeStart,
            OffsetDateTime renoticeEnd,
            OffsetDateTime closedAt) {

        static AppealView of(Appeal a, OffsetDateTime now, Map<String, String> names) {
            return new AppealView(
                    a.getId(),
                    a.getCampaignId(),
                    a.getAssessmentId(),
                    a.getAppellant(),
                    names.getOrDefault(a.getAppellant(), a.getAppellant()),
                    a.getGrounds(),
                    List.of(a.getItems().split(",")),
                    a.getStatus().name(),
                    a.getStatus().label(),
                    a.getFiledAt(),
                    a.getForwardDue(),
                    a.getForwardedAt(),
                    a.forwardMet(now),
                    a.isForwardEscalated(),
                    a.getDecisionDue(),
                    a.getDecidedAt(),
                    a.decisionMet(now),
                    a.isDecisionEscalated(),
                    a.getOutcome() == null ? null : a.getOutcome().name(),
                    a.getDecision(),
                    a.getDecidedBy(),
                    a.getDecidedBy() == null ? null : names.getOrDefault(a.getDecidedBy(), a.getDecidedBy()),
                    a.getChanges(),
                    a.getOthersChanged(),
                    a.getRenoticeStart(),
                    a.getRenoticeEnd(),
                    a.getClosedAt());
        }
    }

    @PostMapping("/assessments/{assessmentId}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    AppealView file(@PathVariable long assessmentId, @RequestBody AppealService.FileAppeal request) {
        return view(appeals.file(assessmentId, actor.name(), request));
    }

    /** Sort keys of the paged register. */
    static final Set<String> SORT_KEYS = Set.of("filed", "id", "status", "appellant");

    /**
     * The register. With {@code page}, {@code size}, {@code sort} (filed, id, status, appellant; {@code ,desc}) or
     * {@code q} (a name, login, grounds or number): one page, the whole list's length in {@code X-Total-Count}.
     */
    @GetMapping("/appeals")
    ResponseEntity<List<AppealView>> register(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q) {
        List<AppealView> all = views(appeals.register(campaignId));
        if (page == null && size == null && sort == null && q == null) {
            return ResponseEntity.ok(all);
        }
        PageSpec spec = PageSpec.of(page, size, sort, SORT_KEYS, "filed");
        String needle = q == null ? "" : q.trim();
        Comparator<AppealView> order =
                switch (spec.sort()) {
                    case "id" -> Comparator.comparing(AppealView::id);
                    case "status" -> Comparator.comparing(AppealView::statusLabel);
                    case "appellant" -> Comparator.comparing(AppealView::appellantName);
                    default -> Comparator.comparing(AppealView::filedAt);
                };
        order = order.thenComparing(AppealView::id);
        List<AppealView> hits = all.stream()
                .filter(v -> needle.isEmpty()
                        || String.valueOf(v.id()).equals(needle)
                        || contains(v.appellantName(), needle)
                        || contains(v.appellant(), needle)
                        || contains(v.grounds(), needle)
                        || contains(v.statusLabel(), needle))
                .sorted(spec.ascending() ? order : order.reversed())
                .toList();
        List<AppealView> content =
                hits.stream().skip(spec.offset()).limit(spec.size()).toList();
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(hits.size()))
                .body(content);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.contains(needle);
    }

    @GetMapping("/appeals/mine")
    List<AppealView> mine() {
        return views(appeals.mine(actor.name()));
    }

    @GetMapping("/appeals/{id}")
    AppealView one(@PathVariable long id) {
        policy.requireSeeAppeal(id);
        return view(appeals.appeal(id));
    }

    private AppealView view(Appeal a) {
        return views(List.of(a)).get(0);
    }

    private List<AppealView> views(List<Appeal> list) {
        OffsetDateTime now = now();
        Map<String, String> names = people.names(list.stream()
                .flatMap(a -> Stream.of(a.getAppellant(), a.getDecidedBy()))
                .filter(java.util.Objects::nonNull)
                .toList());
        return list.stream().map(a -> AppealView.of(a, now, names)).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
