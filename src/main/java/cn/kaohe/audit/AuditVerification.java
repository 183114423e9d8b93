package cn.kaohe.audit;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line chain check: {@code java -jar kaohe.jar --kaohe.audit.verify-and-exit=true} verifies the
 * whole audit chain, prints the result and exits with 0 (intact) or 1 (broken, naming the first broken
 * record). Runs before every other start-up runner, so that nothing is written first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerification implements ApplicationRunner {

    private final AuditTrail audit;
    private final ApplicationContext context;
    private final boolean verifyAndExit;

    AuditVerification(
            AuditTrail audit,
            ApplicationContext context,
            @Value("${kaohe.audit.verify-and-exit:false}") boolean verifyAndExit) {
        this.audit = audit;
        this.context = context;
        this.verifyAndExit = verifyAndExit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (verifyAndExit) {
            int code = report(System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Verifies the chain and prints the result; answers the exit code (0 intact, 1 broken). */
    int report(PrintStream out) {
        ChainVerification v = audit.verify();
        if (v.intact()) {
            out.println("审计链完整：已校验 " + v.checked() + " 条记录 (audit chain intact, " + v.checked() + " records)");
            return 0;
        }
        out.println("审计链断裂：第一处在记录 " + v.firstBrokenId() + "，" + v.problem() + "（已校验 " + v.checked()
                + " 条）(audit chain BROKEN at record " + v.firstBrokenId() + ")");
        return 1;
    }
}
