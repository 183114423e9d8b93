package cn.kaohe.workflow.delegate;

import cn.kaohe.target.TargetService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a change request left undecided past its deadline and escalates it to the committee head. */
@Component
public class EscalateTargetChangeDelegate implements JavaDelegate {

    private final TargetService targets;

    EscalateTargetChangeDelegate(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        targets.decisionOverdue(Vars.targetChangeId(execution));
    }
}
