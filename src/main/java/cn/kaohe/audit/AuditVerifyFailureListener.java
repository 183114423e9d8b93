package cn.kaohe.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * When the command-line verification was asked for and the application could not even start (database unreachable,
 * no audit key, a failed migration), says so and exits with 2 ("not checked") instead of the generic 1, which means
 * "broken". Registered in {@code META-INF/spring.factories}: it must work when the context never came up.
 */
public class AuditVerifyFailureListener implements ApplicationListener<ApplicationFailedEvent> {

    private static final String VERIFY = "kaohe.audit.verify-and-exit";

    private final PrintStream out;
    private final IntConsumer exit;

    public AuditVerifyFailureListener() {
        this(System.out, System::exit);
    }

    AuditVerifyFailureListener(PrintStream out, IntConsumer exit) {
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        Environment env = event.getApplicationContext() == null
                ? null
                : event.getApplicationContext().getEnvironment();
        if (!"true".equalsIgnoreCase(setting(env, event.getArgs(), VERIFY))) {
            return;
        }
        String url = setting(env, event.getArgs(), "spring.datasource.url");
        Throwable root = event.getException();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        out.println("数据库 (database): " + (url == null ? "(not configured)" : url));
        out.println("无法校验审计链：应用未能启动 (audit chain NOT CHECKED: the application could not start): " + root);
        exit.accept(AuditVerification.NOT_CHECKED);
    }

    private static String setting(Environment env, String[] args, String name) {
        if (env != null && env.getProperty(name) != null) {
            return env.getProperty(name);
        }
        return Arrays.stream(args == null ? new String[0] : args)
                .filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3))
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
