package cn.kaohe.workflow;

import cn.kaohe.campaign.CampaignOpening;
import cn.kaohe.campaign.CampaignWorkflow.AssessmentStart;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The users and due dates of an assessment process, for its expressions ({@code ${assessmentFacts.cadreUser(execution)}}
 * and so on): the process keeps ids only (docs/adr/0013). While an assessment is being started the values come from the
 * start itself; later (the rating step, a returned self-evaluation) from the database, once per engine command.
 */
@Component("assessmentFacts")
public class AssessmentFacts {

    private static final ThreadLocal<AssessmentStart> STARTING = new ThreadLocal<>();
    private static final ThreadLocal<Cached> LOOKED_UP = new ThreadLocal<>();

    private final CampaignOpening opening;

    AssessmentFacts(@Lazy CampaignOpening opening) { // opening starts processes through this module
        this.opening = opening;
    }

    /** Runs {@code start} with {@code s} as the facts of the assessment being started. */
    void starting(AssessmentStart s, Runnable start) {
        STARTING.set(s);
        try {
            start.run();
        } finally {
            STARTING.remove();
        }
    }

    public String cadreUser(DelegateExecution execution) {
        return of(execution).cadreUser();
    }

    public String leaderUser(DelegateExecution execution) {
        return of(execution).leaderUser();
    }

    /** The campaign's due date, or the new one a returned self-evaluation was given (ADR 0010). */
    public Date selfEvaluationDue(DelegateExecution execution) {
        if (execution.getVariable(ProcessVocabulary.VAR_SELF_EVALUATION_DUE) instanceof Date returned) {
            return returned;
        }
        return date(of(execution).selfEvaluationDue());
    }

    public Date selfEvaluationRemindAt(DelegateExecution execution) {
        if (execution.getVariable(ProcessVocabulary.VAR_SELF_EVALUATION_REMIND_AT) instanceof Date returned) {
            return returned;
        }
        return date(of(execution).selfEvaluationRemindAt());
    }

    public Date ratingDue(DelegateExecution execution) {
        return date(of(execution).ratingDue());
    }

    public Date ratingRemindAt(DelegateExecution execution) {
        return date(of(execution).ratingRemindAt());
    }

    private AssessmentStart of(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(ProcessVocabulary.VAR_ASSESSMENT_ID)).longValue();
        AssessmentStart s = STARTING.get();
        if (s != null && s.assessmentId() == id) {
            return s;
        }
        Object command = Context.getCommandContext();
        Cached cached = LOOKED_UP.get();
        if (cached != null && cached.command() == command && cached.start().assessmentId() == id) {
            return cached.start();
        }
        AssessmentStart found = opening.startOf(id);
        LOOKED_UP.set(new Cached(command, found));
        return found;
    }

    private static Date date(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant());
    }

    private record Cached(Object command, AssessmentStart start) {}
}
