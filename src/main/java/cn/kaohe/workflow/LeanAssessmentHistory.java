package cn.kaohe.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level {@value #NAME}: Camunda's AUDIT, except that a cadre's assessment process writes no engine history at
 * all (no process instance, task instance, variable or activity rows). Its record is Kaohe's own: the assessment row
 * and the sealed audit trail, which holds every step of it (self-evaluation submitted, rated, returned: who, when,
 * before/after and why, docs/adr/0009), while the engine's history held the same facts a second time, unsealed, in
 * five rows and seven statements per completion (docs/adr/0003; docs/adr/0013, addenda "history the assessment does
 * not need" and "plans, not only statements"). Every other process (campaign, appeal, leave, target change, work plan)
 * keeps AUDIT's history. The level has AUDIT's id, so a database set up with AUDIT starts with it and back.
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
            return !ofAssessment(entity) && super.isHistoryEventProduced(eventType, entity);
        }

        private static boolean ofAssessment(Object entity) {
            String definition = entity instanceof ExecutionEntity e
                    ? e.getProcessDefinitionId()
                    : entity instanceof TaskEntity t
                            ? t.getProcessDefinitionId()
                            : entity instanceof VariableInstanceEntity v ? v.getProcessDefinitionId() : null;
            return definition != null && definition.startsWith(ASSESSMENT_DEFINITION_PREFIX);
        }
    }
}
