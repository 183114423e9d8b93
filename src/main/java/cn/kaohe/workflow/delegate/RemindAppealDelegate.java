package cn.kaohe.workflow.delegate;

import cn.kaohe.appeal.AppealService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the office (FORWARD) or the committee (DECISION) before an appeal deadline. */
@Component
public class RemindAppealDelegate implements JavaDelegate {

    private final AppealService appeals;

    RemindAppealDelegate(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appeals.remind(Vars.appealId(execution), "FORWARD".equals(execution.getVariableLocal("step")));
    }
}
