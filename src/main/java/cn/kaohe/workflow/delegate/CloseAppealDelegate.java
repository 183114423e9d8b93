package cn.kaohe.workflow.delegate;

import cn.kaohe.appeal.AppealService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the appeal; a campaign waiting for its appeals goes on. */
@Component
public class CloseAppealDelegate implements JavaDelegate {

    private final AppealService appeals;

    CloseAppealDelegate(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appeals.close(Vars.appealId(execution));
    }
}
