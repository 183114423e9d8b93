package cn.kaohe.workflow.delegate;

import cn.kaohe.leave.LeaveService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a leave request left undecided past its deadline and escalates it to the 主要领导. */
@Component
public class EscalateLeaveDelegate implements JavaDelegate {

    private final LeaveService leaves;

    EscalateLeaveDelegate(LeaveService leaves) {
        this.leaves = leaves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        leaves.decisionOverdue(Vars.leaveId(execution));
    }
}
