package cn.kaohe.campaign.bench;

import cn.kaohe.KaoheApplication;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.FreshPostgresDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens campaigns of 1,000 and 10,000 cadres on PostgreSQL (a fresh database on the local server, like the
 * integration tests) with the job executor on, and prints instances per second and the time until every
 * cadre's first task exists. Not a test: run it by hand (see README, "Benchmarks").
 */
public final class CampaignOpeningBenchmark {

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KaoheApplication.class)
                .initializers(new FreshPostgresDatabase())
                .properties(
                        "server.port=0",
                        "kaohe.demo.enabled=false",
                        "camunda.bpm.job-execution.enabled=true",
                        "logging.level.root=warn")
                .run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            CampaignService campaigns = ctx.getBean(CampaignService.class);
            TaskService tasks = ctx.getBean(TaskService.class);
            long scheme = ctx.getBean(SchemeCatalog.class)
                    .importPreset("daligang-2021", null)
                    .getId();
            int run = 0;
            for (int size : sizes) {
                run++;
                long unit = township(jdbc, "BENCH" + run, size);
                OffsetDateTime now = OffsetDateTime.now();
                long t0 = System.nanoTime();
                Campaign c = campaigns.open(new OpenCampaign(
                                null,
                                unit,
                                Cycle.ANNUAL,
                                String.valueOf(2030 + run),
                                scheme,
                                now.plusDays(7),
                                now.plusDays(14),
                                now.plusDays(21))
                        .withPayPool(new java.math.BigDecimal("300000")));
                long opened = System.nanoTime();
                long taskCount = 0;
                while (taskCount < size) {
                    Thread.sleep(200); // polling the database for progress; a benchmark, not a test
                    taskCount = tasks.createTaskQuery()
                            .taskDefinitionKey("Task_SubmitSelfEvaluation")
                            .processVariableValueEquals("campaignId", c.getId())
                            .count();
                    if (System.nanoTime() - t0 > 30L * 60 * 1_000_000_000L) {
                        throw new IllegalStateException("gave up after 30 minutes at " + taskCount + " tasks");
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        "campaign of %,d cadres: open request %.2f s; every first task after %.1f s; %.0f instances/s%n",
                        size, (opened - t0) / 1e9, seconds, size / seconds);
            }
        }
    }

    /** A township with {@code size} cadres in offices of 50, each office supervised by a leader. */
    static long township(JdbcTemplate jdbc, String code, int size) {
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
        return root;
    }
}
