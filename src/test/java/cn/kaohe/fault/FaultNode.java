package cn.kaohe.fault;

import cn.kaohe.KaoheApplication;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.bench.KaoheUnderTest;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignEvent;
import cn.kaohe.campaign.CampaignOpening;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.report.ReportTownships;
import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One node of the fault suite's kill -9 programme ({@link KillNineIT}): the whole application in a JVM of its own
 * (started by the test with the test classpath), on the programme's own PostgreSQL database, job executor on with the
 * production settings. The test talks to it through files in one directory:
 *
 * <ul>
 *   <li>{@code clock}: the engine clock's offset from the wall clock in milliseconds, shared by every node (so that
 *       job locks and leases mean the same on all of them); re-read every 100 ms;
 *   <li>{@code ready-<node>}: written by the node when it has started ({@code <wall millis> <port>});
 *   <li>{@code cmd-<name>}: a step to run once ({@code setup}, {@code open-big}, {@code drive-small},
 *       {@code approve-small}, {@code verify-audit}); the node answers {@code done-<name>} or {@code failed-<name>};
 *   <li>{@code stalled-<step>}: written when the node has stopped for good inside a step named by
 *       {@code kaohe.fault.stall} (comma-separated: open, rank, finalise, report), its transaction open, waiting for
 *       its kill -9.
 * </ul>
 */
public final class FaultNode {

    static final String BIG_UNIT = "KBIG";
    static final String SMALL_TAG = "k9";
    static final String PERIOD = "2026-02";
    static final String PAYOUT = "2026-Q1";
    static final int STALLED_CHUNKS = 2;

    private final Path dir;
    private final Set<String> stall;
    private ConfigurableApplicationContext context;

    private FaultNode(Path dir, String stall) {
        this.dir = dir;
        this.stall = Set.of(stall.split(","));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("kaohe.fault.dir"));
        String node = System.getProperty("kaohe.fault.node", "node");
        FaultNode n = new FaultNode(dir, System.getProperty("kaohe.fault.stall", ""));
        n.followClock();
        n.start(node);
        n.commands();
    }

    private void start(String node) throws IOException {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", System.getProperty("kaohe.fault.db.url"));
        props.put("spring.datasource.username", System.getProperty("kaohe.fault.db.user", "postgres"));
        props.put("spring.datasource.password", System.getProperty("kaohe.fault.db.password", ""));
        props.put("server.port", "0");
        props.put("camunda.bpm.job-execution.enabled", "true");
        props.put("kaohe.audit.anchor-file", dir.resolve("audit-anchor.log").toString());
        props.put("spring.jmx.enabled", "false");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "warn");
        props.put("logging.level.cn.kaohe", "info");
        context = new SpringApplicationBuilder(KaoheApplication.class)
                .profiles("it")
                .initializers(c -> {
                    c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kaohe-fault-node", props));
                    c.addApplicationListener(this::stallInStep);
                })
                .run();
        stallInProxies();
        String port = context.getEnvironment().getProperty("local.server.port", "0");
        write("ready-" + node, System.currentTimeMillis() + " " + port);
    }

    // --- the shared clock ---

    private void followClock() {
        applyClock();
        Thread t = new Thread(
                () -> {
                    while (true) {
                        sleep(100);
                        applyClock();
                    }
                },
                "fault-clock");
        t.setDaemon(true);
        t.start();
    }

    private void applyClock() {
        Path file = dir.resolve("clock");
        if (!Files.exists(file)) {
            return;
        }
        try {
            String text = Files.readString(file).trim();
            if (text.isEmpty() || text.equals(System.getProperty(EngineTime.OFFSET_PROPERTY))) {
                return;
            }
            long offset = Long.parseLong(text);
            System.setProperty(EngineTime.OFFSET_PROPERTY, text);
            ClockUtil.offset(offset);
            if (context != null && context.isActive()) {
                JobExecutor jobs =
                        context.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
                if (jobs != null && jobs.isActive()) {
                    jobs.jobWasAdded(); // timers now due run at once
                }
            }
        } catch (IOException | NumberFormatException e) {
            // half-written: read again in 100 ms
        }
    }

    // --- steps the test asks for ---

    private void commands() {
        Set<String> seen = new java.util.HashSet<>();
        while (true) {
            List<Path> pending;
            try (Stream<Path> files = Files.list(dir)) {
                pending = files.filter(p -> p.getFileName().toString().startsWith("cmd-"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path p : pending) {
                String name = p.getFileName().toString().substring(4);
                if (seen.add(name)
                        && !Files.exists(dir.resolve("done-" + name))
                        && !Files.exists(dir.resolve("failed-" + name))) {
                    run(name, read(p));
                }
            }
            sleep(100);
        }
    }

    private void run(String name, String argument) {
        try {
            String answer =
                    switch (name) {
                        case "setup" -> setup(Integer.parseInt(argument.trim()));
                        case "open-big" -> String.valueOf(openBig());
                        case "drive-small" -> String.valueOf(driveSmall());
                        case "approve-small" -> approveSmall();
                        case "verify-audit" ->
                            context.getBean(AuditTrail.class).verify().toString();
                        default -> throw new IllegalArgumentException("unknown step " + name);
                    };
            write("done-" + name, answer);
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            write("failed-" + name, trace.toString());
        }
    }

    /** A county-scale township of {@code size} cadres (the benchmarks' shape) and the small report township. */
    private String setup(int size) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        KaoheUnderTest.township(jdbc, BIG_UNIT, size);
        ReportTownships.Township small = ReportTownships.create(context, SMALL_TAG);
        return small.name();
    }

    private long scheme() {
        return context.getBean(SchemeCatalog.class)
                .importPreset("baicheng-monthly", ProcessSettings.DEFAULT)
                .getId();
    }

    private OpenCampaign campaign(String name, long unit) {
        OffsetDateTime now = OffsetDateTime.now(context.getBean(java.time.Clock.class));
        return new OpenCampaign(
                        name, unit, Cycle.MONTHLY, PERIOD, scheme(), now.plusDays(4), now.plusDays(7), now.plusDays(9))
                .withPayoutPeriod(PAYOUT);
    }

    private long openBig() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long unit = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, BIG_UNIT);
        return context.getBean(CampaignService.class).open(campaign(null, unit)).getId();
    }

    /** Opens the small campaign, enters the township group's scores, self-evaluates and rates every cadre. */
    private long driveSmall() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TaskInbox inbox = context.getBean(TaskInbox.class);
        ObjectMapper json = new ObjectMapper();
        long office = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, "RO" + SMALL_TAG);
        List<Map<String, Object>> cadres =
                jdbc.queryForList("select id, login_name from cadre where unit_id = ? order by code", office);
        String leader = "rl" + SMALL_TAG;
        Campaign c = context.getBean(CampaignService.class).open(campaign("断电测试镇2026年2月考核", office));
        long id = c.getId();
        awaitOpened(inbox, id, cadres.size());
        List<GroupRatings.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) {
            entries.add(new GroupRatings.Entry(
                    ((Number) cadres.get(i).get("id")).longValue(),
                    "TOWNSHIP_GROUP",
                    "performance",
                    BigDecimal.valueOf(96 - 3L * i),
                    null,
                    null));
        }
        context.getBean(GroupRatings.class).enter(id, entries, "乡镇业绩考核工作领导小组测评结果录入");
        for (Map<String, Object> cadre : cadres) {
            String login = (String) cadre.get("login_name");
            for (InboxTask task : tasks(inbox, login, id, "SELF_EVALUATION")) {
                inbox.complete(task.id(), login, Set.of(), json.valueToTree(Map.of("summary", "本月完成各项工作，按时报送材料。")));
            }
        }
        for (InboxTask task : tasks(inbox, leader, id, "RATING")) {
            inbox.complete(
                    task.id(), leader, Set.of(), json.valueToTree(Map.of("scores", Map.of(), "comment", "同意小组测评意见。")));
        }
        return id;
    }

    private String approveSmall() {
        TaskInbox inbox = context.getBean(TaskInbox.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long id = jdbc.queryForObject(
                "select c.id from campaign c join org_unit u on u.id = c.unit_id where u.code = ?",
                Long.class,
                "RO" + SMALL_TAG);
        for (InboxTask task : inbox.tasksOf("committee-member", Set.of("committee")).stream()
                .filter(t -> Long.valueOf(id).equals(t.campaignId()) && "COMMITTEE_REVIEW".equals(t.kind()))
                .toList()) {
            inbox.complete(
                    task.id(),
                    "committee-member",
                    Set.of("committee"),
                    new ObjectMapper().valueToTree(Map.of("approve", true)));
        }
        return String.valueOf(id);
    }

    private static List<InboxTask> tasks(TaskInbox inbox, String user, long campaignId, String kind) {
        return inbox.tasksOf(user, Set.of()).stream()
                .filter(t -> Long.valueOf(campaignId).equals(t.campaignId()) && kind.equals(t.kind()))
                .toList();
    }

    /** Assessments are opened by the job executor: wait for every cadre's self-evaluation. */
    private static void awaitOpened(TaskInbox inbox, long campaignId, int count) {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (inbox.openTasks(campaignId, false).stream()
                        .filter(t -> "SELF_EVALUATION".equals(t.kind()))
                        .count()
                < count) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("campaign " + campaignId + " not opened after 5 minutes");
            }
            sleep(200);
        }
    }

    // --- where this node stops for its kill -9 ---

    /** Ranking and finalisation publish their event inside their transaction: the node stops there. */
    private void stallInStep(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> p) {
            Object payload = p.getPayload();
            if (stall.contains("rank") && payload instanceof CampaignEvent.Ranked) {
                stallForever("rank");
            }
            if (stall.contains("finalise") && payload instanceof CampaignEvent.Finalised) {
                stallForever("finalise");
            }
        }
    }

    /**
     * Opening the big campaign: the first chunk commits, the next {@value #STALLED_CHUNKS} stop after their work, before
     * their commit, the others go on (job threads stay free for other campaigns). Reports: the first report of the step
     * is stored (committed), the node stops before storing the second.
     */
    private void stallInProxies() {
        if (stall.contains("open")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AtomicInteger chunks = new AtomicInteger();
            MethodInterceptor chunk = invocation -> {
                boolean big = BIG_UNIT.equals(jdbc.queryForObject(
                        "select u.code from campaign c join org_unit u on u.id = c.unit_id where c.id = ?",
                        String.class,
                        invocation.getArguments()[0]));
                int n = big ? chunks.incrementAndGet() : 0;
                Object result = invocation.proceed(); // inside the chunk's transaction: its rows are written
                if (n > 1 && n <= 1 + STALLED_CHUNKS) {
                    stallForever("open");
                }
                return result;
            };
            advise(context.getBean(CampaignOpening.class), "openChunk", chunk, false);
        }
        if (stall.contains("report")) {
            AtomicInteger saves = new AtomicInteger();
            MethodInterceptor save = invocation -> {
                if (saves.incrementAndGet() == 2) {
                    stallForever("report");
                }
                return invocation.proceed();
            };
            advise(context.getBean("storedReportRepository"), "save", save, true);
        }
    }

    /** Adds an interceptor to a Spring proxy: innermost (inside its transaction) or outermost. */
    private static void advise(Object bean, String method, MethodInterceptor interceptor, boolean outermost) {
        NameMatchMethodPointcutAdvisor advisor = new NameMatchMethodPointcutAdvisor(interceptor);
        advisor.setMappedName(method);
        Advised proxy = (Advised) bean;
        if (outermost) {
            proxy.addAdvisor(0, advisor);
        } else {
            proxy.addAdvisor(advisor);
        }
    }

    private void stallForever(String step) {
        write("stalled-" + step, String.valueOf(System.currentTimeMillis()));
        while (true) {
            sleep(60_000);
        }
    }

    // --- files ---

    private String read(Path p) {
        return NodeFiles.read(p);
    }

    private void write(String name, String text) {
        NodeFiles.write(dir, name, text);
    }

    private static void sleep(long ms) {
        NodeFiles.sleep(ms);
    }
}
