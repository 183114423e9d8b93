package cn.kaohe.campaign;

import java.time.OffsetDateTime;

/** What a campaign needs from the process engine; implemented by the workflow module. */
public interface CampaignWorkflow {

    /** Starts the campaign process (business key = campaign id). Opening runs asynchronously, in chunks. */
    void startCampaign(long campaignId, OffsetDateTime ratingDue, OffsetDateTime reviewDue);

    /** Starts one cadre's assessment process (business key = assessment id). */
    void startAssessment(AssessmentStart start);

    /**
     * Tells the campaign process that every cadre has been rated; only a campaign waiting for its ratings takes it.
     * Answers whether it was waiting (and has moved on).
     */
    boolean allRated(long campaignId);

    /** Tells the campaign process that the office entered inputs the ranking may be waiting for. */
    void inputsEntered(long campaignId);

    /** Tells the campaign process that the appeals it was waiting for are closed. */
    void appealsClosed(long campaignId);

    /** Ends the campaign's process and its assessments' processes (a cancelled campaign). */
    void cancel(long campaignId, java.util.List<Long> assessmentIds, String reason);

    /** What the engine needs to start an assessment. */
    record AssessmentStart(
            long assessmentId,
            long campaignId,
            String cadreUser,
            String leaderUser,
            OffsetDateTime selfEvaluationDue,
            OffsetDateTime selfEvaluationRemindAt,
            OffsetDateTime ratingDue,
            OffsetDateTime ratingRemindAt) {}
}
