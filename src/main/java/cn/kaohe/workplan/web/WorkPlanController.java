package cn.kaohe.workplan.web;

import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.KaoheUser;
import cn.kaohe.web.security.Role;
import cn.kaohe.workplan.WorkPlan;
import cn.kaohe.workplan.WorkPlanService;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
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

/**
 * Monthly work plans (seed 003): a cadre submits and revises their own; the reviewer reviews here or in 我的待办 (the
 * same task); the posted plans of a month are public to every login (公示).
 */
@RestController
@RequestMapping("/api/work-plans")
class WorkPlanController {

    private final WorkPlanService plans;
    private final AccessPolicy policy;

    WorkPlanController(WorkPlanService plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    record Review(Boolean approve, String note) {}

    record Revision(String content) {}

    /** A plan with its cadre's name, for the pages. */
    record PlanView(@JsonUnwrapped WorkPlan plan, String cadreName) {}

    @GetMapping("/mine")
    List<PlanView> mine() {
        Long cadre = policy.user().cadreId();
        return cadre == null ? List.of() : views(plans.ofCadre(cadre));
    }

    @GetMapping
    List<PlanView> posted(@RequestParam String month) {
        policy.user();
        return views(plans.posted(month));
    }

    /** The plans waiting for my review (the office: also those without a reviewer and those escalated to it). */
    @GetMapping("/to-review")
    List<PlanView> toReview() {
        KaoheUser user = policy.user();
        return views(plans.toReview(user.login(), user.hasAny(Role.OFFICE)));
    }

    /** The assessed cadre's posted plan of a monthly campaign's month, beside the result; 204 when there is none. */
    @GetMapping("/of-assessment/{id}")
    ResponseEntity<PlanView> ofAssessment(@PathVariable long id) {
        policy.requireSeeAssessment(id);
        return plans.postedForAssessment(id)
                .map(p -> ResponseEntity.ok(views(List.of(p)).get(0)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private List<PlanView> views(List<WorkPlan> list) {
        Map<Long, String> names = plans.cadreNames(list);
        return list.stream()
                .map(p -> new PlanView(p, names.get(p.getCadreId())))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkPlan submit(@RequestBody(required = false) WorkPlanService.Submit body) {
        KaoheUser user = policy.user();
        return plans.submit(body == null ? new WorkPlanService.Submit(null, null) : body, user.cadreId(), user.login());
    }

    @PostMapping("/{id}/review")
    WorkPlan review(@PathVariable long id, @RequestBody(required = false) Review body) {
        KaoheUser user = policy.user();
        Review r = body == null ? new Review(null, null) : body;
        plans.reviewThroughTask(id, user.login(), user.groups(), r.approve(), r.note());
        return plans.plan(id);
    }

    @PostMapping("/{id}/revision")
    WorkPlan revise(@PathVariable long id, @RequestBody(required = false) Revision body) {
        KaoheUser user = policy.user();
        plans.reviseThroughTask(id, user.login(), user.groups(), body == null ? null : body.content());
        return plans.plan(id);
    }
}
