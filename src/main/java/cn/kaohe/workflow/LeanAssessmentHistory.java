package cn.kaohe.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * History level {@value #NAME}: Camunda's AUDIT, except that a cadre's assessment process keeps no activity instances
 * (the start, service, boundary and end steps of ACT_HI_ACTINST). Its process instance, its task instances (who did
 * which task, when) and its variables stay in history; Kaohe's audit trail is the record of every step (who, when,
 * before/after, docs/adr/0003). A campaign of 10,000 cadres wrote 50,000 activity rows and a completion two inserts,
 * an update and a read for them (docs/adr/0013, addendum "history the assessment does not need"). Every other process
 * (campaign, appeal, leave, target change, work plan) keeps AUDIT's activity history. The level has AUDIT's id, so a
 * database set up with AUDIT starts with it and back.
 */
public class LeanAssessmentHistory extends AbstractProcessEnginePlugin {

    public static final String NAME = "kaohe-audit";

    private static final String ASSESSMENT_DEFINITION_PREFIX = ProcessVocabulary.ASSESSMENT_PROCESS + ":";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(new Level());
        configuration.setCustomHistoryLevels(custom);
    }

    static final class Level extends HistoryLevelAudit {

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (isActivityInstanceEvent(eventType) && ofAssessment(entity)) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }

        private static boolean isActivityInstanceEvent(HistoryEventType type) {
            return type == HistoryEventTypes.ACTIVITY_INSTANCE_START
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
        }

        private static boolean ofAssessment(Object entity) {
            String definition = entity instanceof ExecutionEntity e
                    ? e.getProcessDefinitionId()
                    : entity instanceof TaskEntity t ? t.getProcessDefinitionId() : null;
            return definition != null && definition.startsWith(ASSESSMENT_DEFINITION_PREFIX);
        }
    }
}
