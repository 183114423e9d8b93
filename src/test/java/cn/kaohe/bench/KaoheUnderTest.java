package cn.kaohe.bench;

import cn.kaohe.KaoheApplication;
import cn.kaohe.support.FreshPostgresDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application on a fresh PostgreSQL database, job executor on, no demo data: what the benchmarks drive. */
public final class KaoheUnderTest implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public KaoheUnderTest(String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(
                "server.port=0",
                "kaohe.demo.enabled=false",
                "camunda.bpm.job-execution.enabled=true",
                // the audit chain refuses to start without a sealing key (docs/adr/0009); a benchmark's own
                "kaohe.audit.key=kaohe-benchmark-audit-key-not-a-secret",
                "kaohe.audit.anchor-file=target/audit-anchor-bench-" + UUID.randomUUID() + ".log",
                "logging.level.root=warn"));
        props.addAll(List.of(extraProperties));
        context = new SpringApplicationBuilder(KaoheApplication.class)
                .initializers(new FreshPostgresDatabase())
                // first in the environment: default properties would lose to application.yml (audit key, job executor)
                .initializers(ctx -> ctx.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("benchmark", asMap(props))))
                .run();
    }

    private static Map<String, Object> asMap(List<String> props) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String p : props) {
            int eq = p.indexOf('=');
            map.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return map;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /**
     * A township with {@code size} cadres in offices of 50, each office supervised by one leader; returns the
     * township's unit id.
     */
    public long township(String code, int size) {
        return township(jdbc(), code, size);
    }

    /** {@link #township(String, int)} on any database (the fault suite's kill programme builds its county with it). */
    public static long township(JdbcTemplate jdbc, String code, int size) {
        jdbc.update(
                "insert into org_unit (code, name, kind, sort_order) values (?, ?, 'TOWNSHIP', 0)", code, code + "镇");
        long root = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
        jdbc.update(
                "insert into cadre (code, name, gender, unit_id, post_rank, staff_type, leadership_role, login_name)"
                        + " values (?, ?, 'MALE', ?, 'PRINCIPAL', 'ESTABLISHED', 'DEPUTY_MAYOR', ?)",
                code + "-L",
                "分管领导",
                root,
                code.toLowerCase() + "-leader");
        long leader = jdbc.queryForObject("select id from cadre where code = ?", Long.class, code + "-L");
        List<Object[]> rows = new ArrayList<>();
        long office = 0;
        for (int i = 1; i < size; i++) {
            if ((i - 1) % 50 == 0) {
                String oc = code + "-O" + i;
                jdbc.update(
                        "insert into org_unit (code, name, kind, parent_id, sort_order) values (?, ?, 'OFFICE', ?, ?)",
                        oc,
                        oc + "办",
                        root,
                        i);
                office = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, oc);
                jdbc.update("insert into supervision (leader_id, unit_id) values (?, ?)", leader, office);
            }
            rows.add(new Object[] {code + "-" + i, "干部" + i, office, code.toLowerCase() + "-" + i});
        }
        jdbc.batchUpdate(
                "insert into cadre (code, name, gender, unit_id, post_rank, staff_type, login_name)"
                        + " values (?, ?, 'MALE', ?, 'STAFF', 'ESTABLISHED', ?)",
                rows);
        // a roster is imported days before a campaign opens, and autovacuum has analysed it by then; written a second
        // ago, the planner would still believe the tables empty
        jdbc.execute((java.sql.Connection con) -> {
            if ("PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
                try (var s = con.createStatement()) {
                    s.execute("analyze cadre, org_unit, supervision");
                }
            }
            return null;
        });
        return root;
    }

    /** Open user tasks of one definition key, read straight from the engine's table (cheap enough to poll). */
    public long openTasks(String taskDefinitionKey) {
        Long n = jdbc().queryForObject(
                        "select count(*) from act_ru_task where task_def_key_ = ?", Long.class, taskDefinitionKey);
        return n == null ? 0 : n;
    }

    @Override
    public void close() {
        context.close();
    }
}
