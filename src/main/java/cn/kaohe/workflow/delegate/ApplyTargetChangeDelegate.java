package cn.kaohe.workflow.delegate;

import cn.kaohe.target.TargetService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies an approved target change to the book (seed 004 第九条 经批准后执行). */
@Component
public class ApplyTargetChangeDelegate implements JavaDelegate {

    private final TargetService targets;

    ApplyTargetChangeDelegate(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        targets.apply(Vars.targetChangeId(execution));
    }
}
