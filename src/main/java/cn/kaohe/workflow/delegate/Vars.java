package cn.kaohe.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the id variables that every delegate needs. */
final class Vars {

    private Vars() {}

    static long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_CAMPAIGN_ID)).longValue();
    }

    static long appealId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_APPEAL_ID)).longValue();
    }

    static long assessmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_ASSESSMENT_ID)).longValue();
    }

    static long targetChangeId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_TARGET_CHANGE_ID)).longValue();
    }

    static long leaveId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_LEAVE_ID)).longValue();
    }

    static long workPlanId(DelegateExecution execution) {
        return ((Number) execution.getVariable(cn.kaohe.workflow.ProcessVocabulary.VAR_WORK_PLAN_ID)).longValue();
    }
}
