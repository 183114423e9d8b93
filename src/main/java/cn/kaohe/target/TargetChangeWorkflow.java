package cn.kaohe.target;

import java.time.OffsetDateTime;
import java.util.Collection;

/** What the target register needs from the process engine; implemented by the workflow module. */
public interface TargetChangeWorkflow {

    /** Starts the approval (business key {@code target-change-<id>}) with the committee's decision deadline. */
    void start(long changeId, OffsetDateTime decisionDue);

    /**
     * Completes the committee's open decision task of the change as {@code user} through the task inbox (the same path
     * as the task list); throws TARGET-017 when there is none.
     */
    void decide(long changeId, String user, Collection<String> groups, Boolean approve, String note);
}
