package cn.kaohe.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line chain check: {@code java -jar kaohe.jar --kaohe.audit.verify-and-exit=true} links pending records,
 * verifies the whole audit chain against the configured database, prints which database it checked and the result,
 * and exits with 0 (intact), 1 (broken: the first broken position and why) or 2 (not checked: no key, the wrong key,
 * an unreadable anchor; a database that cannot be reached is reported by {@link AuditVerifyFailureListener}). Runs
 * before every other start-up runner, so that nothing else is written first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerification implements ApplicationRunner {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int NOT_CHECKED = 2;

    private final AuditTrail audit;
    private final ApplicationContext context;
    private final DataSource dataSource;
    private final AuditAnchor anchor;
    private final boolean verifyAndExit;

    AuditVerification(
            AuditTrail audit,
            ApplicationContext context,
            DataSource dataSource,
            AuditAnchor anchor,
            AuditProperties properties) {
        this.audit = audit;
        this.context = context;
        this.dataSource = dataSource;
        this.anchor = anchor;
        this.verifyAndExit = properties.verifyAndExit();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (verifyAndExit) {
            int code = report(System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Verifies the chain and prints the database and the result; answers the exit code. */
    int report(PrintStream out) {
        out.println("数据库 (database): " + database());
        out.println("锚点文件 (anchor file): " + anchor.describe());
        ChainVerification v;
        try {
            v = audit.verify();
        } catch (RuntimeException e) {
            out.println("无法校验审计链 (audit chain NOT CHECKED): " + e);
            return NOT_CHECKED;
        }
        String anchored = v.anchoredPosition() == null
                ? "锚点无记录 (nothing anchored yet)"
                : "锚点记载到第 " + v.anchoredPosition() + " 位 (anchored to position " + v.anchoredPosition() + ")";
        switch (v.status()) {
            case INTACT -> {
                out.println("审计链完整：已校验 " + v.checked() + " 条记录（其中旧算法 " + v.legacy() + " 条），" + anchored
                        + (v.pending() > 0 ? "；另有 " + v.pending() + " 条刚写入、待封印" : "")
                        + " (audit chain INTACT, " + v.checked() + " records)");
                return INTACT;
            }
            case BROKEN -> {
                out.println("审计链断裂：第一处在第 " + v.firstBrokenPosition() + " 位"
                        + (v.firstBrokenId() == null ? "" : "（记录 " + v.firstBrokenId() + "）") + "，" + v.problem()
                        + "；已校验 " + v.checked() + " 条 (audit chain BROKEN at position " + v.firstBrokenPosition()
                        + (v.firstBrokenId() == null ? "" : ", record " + v.firstBrokenId()) + ")");
                return BROKEN;
            }
            default -> {
                out.println("无法校验审计链：" + v.problem() + " (audit chain NOT CHECKED)");
                return NOT_CHECKED;
            }
        }
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getURL() + " (user " + meta.getUserName() + ", " + meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion() + ")";
        } catch (SQLException e) {
            return "unreachable: " + e.getMessage();
        }
    }
}
