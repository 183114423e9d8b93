package cn.kaohe.leave;

import java.time.OffsetDateTime;
import java.util.Collection;

/** What leave requests need from the process engine; implemented by the workflow module. */
public interface LeaveWorkflow {

    /** Starts the approval (business key {@code leave-<id>}) for the approver's login (null: the office's group). */
    void start(long leaveId, String approverLogin, OffsetDateTime decisionDue, boolean officeConsent);

    /**
     * Completes the open decision task of the request (the approver's, then the office's) as {@code user} through the
     * task inbox; throws LEAVE-007 when there is none.
     */
    void decide(long leaveId, String user, Collection<String> groups, Boolean approve, String note);

    /** 销假: the approved request's process waits for this and ends. */
    void returned(long leaveId);
}
