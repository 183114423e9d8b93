package cn.kaohe.interview.web;

import cn.kaohe.interview.Interview;
import cn.kaohe.interview.InterviewService;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.KaoheUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interviews on an assessment (面谈): the assessment's supervising leader records them; the cadre, the leader and the
 * readers (office, committee, party committee) read them; other cadres get 403.
 */
@RestController
class InterviewController {

    private final InterviewService interviews;
    private final AccessPolicy policy;

    InterviewController(InterviewService interviews, AccessPolicy policy) {
        this.interviews = interviews;
        this.policy = policy;
    }

    /**
     * The results to hold interviews on: a leader's own cadres' (the assessments they rated); the readers (office,
     * committee, party committee) see every result; others get an empty list.
     */
    @GetMapping("/api/interviews/results")
    List<InterviewService.ResultRow> results() {
        KaoheUser user = policy.user();
        if (policy.isReader()) {
            return interviews.results(null);
        }
        return user.cadreId() == null ? List.of() : interviews.results(user.cadreId());
    }

    @GetMapping("/api/assessments/{id}/interviews")
    List<Interview> list(@PathVariable long id) {
        policy.requireSeeAssessment(id);
        return interviews.ofAssessment(id);
    }

    @PostMapping("/api/assessments/{id}/interviews")
    @ResponseStatus(HttpStatus.CREATED)
    Interview record(@PathVariable long id, @RequestBody(required = false) InterviewService.RecordInterview body) {
        KaoheUser user = policy.user();
        return interviews.record(id, body, user.login(), user.cadreId());
    }
}
