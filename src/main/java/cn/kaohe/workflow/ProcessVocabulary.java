package cn.kaohe.workflow;

/** Ids and variable names shared by the BPMN files and the Java code. */
public final class ProcessVocabulary {

    private ProcessVocabulary() {}

    public static final String CAMPAIGN_PROCESS = "CampaignProcess";
    public static final String ASSESSMENT_PROCESS = "CadreAssessmentProcess";

    public static final String APPEAL_PROCESS = "AppealProcess";
    public static final String TASK_FORWARD_APPEAL = "Task_ForwardAppeal";
    public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
    public static final String VAR_APPEAL_ID = "appealId";
    public static final String VAR_FORWARD_DUE = "forwardDue";
    public static final String VAR_FORWARD_REMIND_AT = "forwardRemindAt";
    public static final String VAR_DECISION_DUE = "decisionDue";
    public static final String VAR_DECISION_REMIND_AT = "decisionRemindAt";
    public static final String VAR_ADJUSTED = "adjusted";
    public static final String VAR_RENOTICE_END = "renoticeEnd";

    public static String appealKey(long appealId) {
        return "appeal-" + appealId;
    }

    public static final String TARGET_CHANGE_PROCESS = "TargetChangeProcess";
    public static final String TASK_DECIDE_TARGET_CHANGE = "Task_DecideTargetChange";
    public static final String VAR_TARGET_CHANGE_ID = "targetChangeId";

    public static String targetChangeKey(long changeId) {
        return "target-change-" + changeId;
    }

    public static final String LEAVE_PROCESS = "LeaveProcess";
    public static final String TASK_DECIDE_LEAVE = "Task_DecideLeave";
    public static final String TASK_CONSENT_LEAVE = "Task_ConsentLeave";
    public static final String MESSAGE_LEAVE_RETURNED = "Message_LeaveReturned";
    public static final String VAR_LEAVE_ID = "leaveId";
    public static final String VAR_APPROVER_LOGIN = "approverLogin";
    public static final String VAR_OFFICE_CONSENT = "officeConsent";

    public static String leaveKey(long leaveId) {
        return "leave-" + leaveId;
    }

    public static final String WORK_PLAN_PROCESS = "WorkPlanProcess";
    public static final String TASK_REVIEW_WORK_PLAN = "Task_ReviewWorkPlan";
    public static final String TASK_REVISE_WORK_PLAN = "Task_ReviseWorkPlan";
    public static final String VAR_WORK_PLAN_ID = "workPlanId";
    public static final String VAR_REVIEWER_LOGIN = "reviewerLogin";
    public static final String VAR_CADRE_LOGIN = "cadreLogin";

    public static String workPlanKey(long planId) {
        return "work-plan-" + planId;
    }

    public static final String TASK_SUBMIT_SELF_EVALUATION = "Task_SubmitSelfEvaluation";
    public static final String TASK_RATE_CADRE = "Task_RateCadre";
    public static final String TASK_REVIEW_CAMPAIGN = "Task_ReviewCampaign";
    public static final String TASK_REWORK_RATINGS = "Task_ReworkRatings";

    public static final String MESSAGE_ALL_RATED = "Message_AllRated";
    public static final String MESSAGE_APPEALS_CLOSED = "Message_AppealsClosed";
    public static final String MESSAGE_INPUTS_ENTERED = "Message_InputsEntered";
    public static final String VAR_INPUTS_COMPLETE = "inputsComplete";
    public static final String VAR_NOTICE_ENDED = "noticeEnded";

    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_ASSESSMENT_ID = "assessmentId";
    public static final String VAR_RATING_DUE = "ratingDue";
    public static final String VAR_REVIEW_DUE = "reviewDue";
    public static final String VAR_REWORK_DUE = "reworkDue";
    public static final String VAR_NOTICE_END = "noticeEnd";
    /** One chunk of a campaign's opening: an id range "after:upTo" (multi-instance element). */
    public static final String VAR_OPENING_CHUNK = "openingChunk";

    public static final String VAR_APPROVED = "approved";
    public static final String VAR_RETURNED = "returned";
    /** Set only when a self-evaluation is returned: its new due date and reminder (ADR 0010), read before the domain's. */
    public static final String VAR_SELF_EVALUATION_DUE = "selfEvaluationDue";

    public static final String VAR_SELF_EVALUATION_REMIND_AT = "selfEvaluationRemindAt";
    public static final String VAR_APPEALS_OPEN = "appealsOpen";

    public static final String GROUP_OFFICE = "office";
    public static final String GROUP_COMMITTEE = "committee";

    public static String campaignKey(long campaignId) {
        return "campaign-" + campaignId;
    }

    public static String assessmentKey(long assessmentId) {
        return "assessment-" + assessmentId;
    }
}
