package cn.kaohe.appeal;

import java.time.OffsetDateTime;

/** What appeals need from the process engine; implemented by the workflow module. */
public interface AppealWorkflow {

    /** Starts the appeal process (business key = appeal id) with its forward deadline and reminder. */
    void start(long appealId, long campaignId, OffsetDateTime forwardRemindAt, OffsetDateTime forwardDue);
}
