package cn.kaohe.workflow.delegate;

import cn.kaohe.appeal.AppealService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed appeal deadline and escalates it (forward → officer in charge, decision → committee head). */
@Component
public class EscalateAppealDelegate implements JavaDelegate {

    private final AppealService appeals;

    EscalateAppealDelegate(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Vars.appealId(execution);
        if ("FORWARD".equals(execution.getVariableLocal("step"))) {
            appeals.forwardOverdue(id);
        } else {
            appeals.decisionOverdue(id);
        }
    }
}
