package cn.kaohe.workplan;

import java.time.OffsetDateTime;
import java.util.Collection;

/** What monthly work plans need from the process engine; implemented by the workflow module. */
public interface WorkPlanWorkflow {

    /** Starts the review (business key {@code work-plan-<id>}) for the reviewer (null: the office group). */
    void start(long planId, String reviewerLogin, String cadreLogin, OffsetDateTime reviewDue);

    /** Completes the plan's open review task as {@code user} through the task inbox; PLAN-006 when there is none. */
    void review(long planId, String user, Collection<String> groups, Boolean approve, String note);

    /** Completes the plan's open revision task (after a return) as {@code user}; PLAN-006 when there is none. */
    void revise(long planId, String user, Collection<String> groups, String content);
}
