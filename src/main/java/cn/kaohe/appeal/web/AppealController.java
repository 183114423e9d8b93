package cn.kaohe.appeal.web;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.appeal.AppealService;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.web.security.AccessPolicy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
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

    AppealController(AppealService appeals, CurrentActor actor, Clock clock, AccessPolicy policy) {
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
            String changes,
            String othersChanged,
            OffsetDateTime renoticeStart,
            OffsetDateTime renoticeEnd,
            OffsetDateTime closedAt) {

        static AppealView of(Appeal a, OffsetDateTime now) {
            return new AppealView(
                    a.getId(),
                    a.getCampaignId(),
                    a.getAssessmentId(),
                    a.getAppellant(),
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
        return AppealView.of(appeals.file(assessmentId, actor.name(), request), now());
    }

    @GetMapping("/appeals")
    List<AppealView> register(@RequestParam(required = false) Long campaignId) {
        OffsetDateTime now = now();
        return appeals.register(campaignId).stream()
                .map(a -> AppealView.of(a, now))
                .toList();
    }

    @GetMapping("/appeals/mine")
    List<AppealView> mine() {
        OffsetDateTime now = now();
        return appeals.mine(actor.name()).stream()
                .map(a -> AppealView.of(a, now))
                .toList();
    }

    @GetMapping("/appeals/{id}")
    AppealView one(@PathVariable long id) {
        policy.requireSeeAppeal(id);
        return AppealView.of(appeals.appeal(id), now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
