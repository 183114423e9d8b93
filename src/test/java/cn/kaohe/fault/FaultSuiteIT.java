package cn.kaohe.fault;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.KaoheApplication;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.Tasks;
import cn.kaohe.web.security.Role;
import cn.kaohe.web.security.UserAccounts;
import cn.kaohe.workflow.InboxTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The fault suite (issue 12, ADR 0010), with the job executor on. Quick in {@code ./mvnw verify}; full with
 * {@code -Dkaohe.fault.full=true}. Prints its figures as {@code [fault] …} lines.
 *
 * <ul>
 *   <li>N tasks each completed twice at the same moment over HTTP (self-evaluations, then ratings): exactly one
 *       success each, the other 409, no 500;
 *   <li>8 leaders rating different cadres of one campaign at once: all succeed;
 *   <li>every API endpoint with a body fuzzed (null, empty, NUL, CR/LF in names, wrong types, huge): 4xx, nothing
 *       changed;
 *   <li>two nodes (two application contexts, one database, job executor on in both): every due deadline is reminded
 *       and escalated exactly once (full mode: a county-scale township of {@link FaultScale#DEADLINE_COUNTY} cadres
 *       besides the demo township, over 5,000 deadlines); a public notice (公示) ends once: the campaign is finalised
 *       once, with one result notice per cadre and one report pack.
 * </ul>
 *
 * <p>The kill -9 programme is {@link KillNineIT} (nodes in JVMs of their own).
 */
@FaultTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    static final String PASSWORD = "Fault-2026-pw";
    static final String ALL_ROLES = "fault-all";

    @LocalServerPort
    int port;

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Http http;
    long township;
    long schemeId;

    /** The second node, started once for the two-node tests and closed after the suite. */
    ConfigurableApplicationContext second;

    @BeforeAll
    void township() {
        time.set("2026-03-02T09:00");
        demo.load();
        township = jdbc.queryForObject("select id from org_unit where code = 'DLG'", Long.class);
        schemeId = schemes.importPreset("baicheng-monthly", null).getId();
        // cheap hashes (bcrypt cost 4) so that hundreds of concurrent requests measure the application, not hashing
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (String login :
                jdbc.queryForList("select login_name from cadre where login_name is not null", String.class)) {
            accounts.ensure(login, hash, Set.of(), "故障测试账号");
        }
        accounts.ensure(ALL_ROLES, hash, Set.of(Role.values()), "故障测试账号");
        http = new Http(port, PASSWORD);
    }

    @AfterAll
    void resetClock() {
        if (second != null) {
            second.close();
        }
        time.reset();
    }

    @Test
    @Order(1)
    void everyTaskCompletedTwiceAtOnceEndsInExactlyOneSuccessAndA409() throws Exception {
        int n = FaultScale.DOUBLE_COMPLETIONS;
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < FaultScale.campaignsFor(n); i++) {
            opened.add(open(period(2025, i), "2026-03-10T18:00", "2026-03-13T18:00", "2026-03-20T18:00"));
        }
        awaitOpened(opened);
        List<InboxTask> selfEvaluations = opened.stream()
                .flatMap(c -> tasks.ofKind(c, "SELF_EVALUATION").stream())
                .limit(n)
                .toList();
        assertThat(selfEvaluations).hasSize(n);

        Tally self = doubleComplete(selfEvaluations, "{\"summary\":\"本月工作按计划完成。\"}");
        self.print("self-evaluations completed twice at once");
        self.assertExactlyOneWinnerEach();

        Set<Long> submitted =
                selfEvaluations.stream().map(InboxTask::assessmentId).collect(Collectors.toSet());
        List<InboxTask> ratings = opened.stream()
                .flatMap(c -> tasks.ofKind(c, "RATING").stream())
                .filter(t -> submitted.contains(t.assessmentId()) && t.assignee() != null)
                .toList();
        assertThat(ratings)
                .as("every submitted self-evaluation is waiting for its rating")
                .hasSizeGreaterThan(n * 9 / 10);
        Tally rated = doubleComplete(ratings, "{\"action\":\"rate\",\"comment\":\"同意\"}");
        rated.print("ratings completed twice at once");
        rated.assertExactlyOneWinnerEach();

        // the domain agrees: one submission and one rating recorded per assessment, the counts add up
        assertThat(countPerAssessment("SELF_EVALUATION_SUBMITTED", submitted)).containsOnly(1);
        Set<Long> ratedIds = ratings.stream().map(InboxTask::assessmentId).collect(Collectors.toSet());
        assertThat(countPerAssessment("RATED", ratedIds)).containsOnly(1);
        long ratedCount = opened.stream()
                .mapToLong(c -> jdbc.queryForObject(
                        "select count(*) from assessment where campaign_id = ? and status = 'RATED'", Long.class, c))
                .sum();
        assertThat(ratedCount).isEqualTo(ratedIds.size());
    }

    @Test
    @Order(2)
    void eightLeadersRatingDifferentCadresOfOneCampaignAtOnceAllSucceed() throws Exception {
        long campaignId = open("2026-01", "2026-03-10T18:00", "2026-03-13T18:00", "2026-03-20T18:00");
        awaitOpened(List.of(campaignId));
        for (InboxTask t : tasks.ofKind(campaignId, "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"按计划完成。\"}");
        }
        Map<String, List<InboxTask>> byLeader = tasks.ofKind(campaignId, "RATING").stream()
                .filter(t -> t.assignee() != null)
                .collect(Collectors.groupingBy(InboxTask::assignee));
        List<InboxTask> chosen = byLeader.values().stream()
                .sorted(Comparator.comparingInt((List<InboxTask> l) -> l.size()).reversed())
                .limit(8)
                .flatMap(l -> l.stream().limit(4))
                .toList();
        long leaders = chosen.stream().map(InboxTask::assignee).distinct().count();
        assertThat(leaders)
                .as("the demo township has 8 leaders with cadres to rate")
                .isEqualTo(8);

        CyclicBarrier start = new CyclicBarrier(chosen.size());
        ExecutorService pool = Executors.newFixedThreadPool(chosen.size());
        List<Future<Http.Answer>> answers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (InboxTask t : chosen) {
            answers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return http.send(
                        t.assignee(),
                        "POST",
                        "/api/tasks/" + t.id() + "/complete",
                        "{\"action\":\"rate\",\"comment\":\"同意\"}");
            }));
        }
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (Future<Http.Answer> f : answers) {
            Http.Answer a = f.get(180, TimeUnit.SECONDS);
            statuses.merge(a.status(), 1, Integer::sum);
            assertThat(a.status()).as("rating refused: %s", a.body()).isEqualTo(200);
        }
        pool.shutdown();
        System.out.printf(
                "[fault] %d leaders rated %d different cadres of one campaign at once in %d ms: %s%n",
                leaders, chosen.size(), (System.nanoTime() - t0) / 1_000_000, statuses);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment where campaign_id = ? and status = 'RATED'",
                        Integer.class,
                        campaignId))
                .isEqualTo(chosen.size());
    }

    @Test
    @Order(3)
    void everyEndpointRefusesBadBodiesWithA4xxAndChangesNothing() {
        EndpointFuzzer fuzzer = new EndpointFuzzer(http, ALL_ROLES, mappings, jdbc);
        await(Duration.ofMinutes(2), () -> dueJobs() == 0, "the job executor idle (nothing else changes rows)");
        sleep(1000);
        Map<String, Long> before = fuzzer.snapshot();
        EndpointFuzzer.Result result = fuzzer.run(idsForPaths());
        Map<String, Long> after = fuzzer.snapshot();
        System.out.printf(
                "[fault] fuzzed %d endpoints with %d requests: %s%n",
                result.endpoints(), result.requests(), result.statuses());
        assertThat(result.failures()).as("answers outside 4xx").isEmpty();
        assertThat(after).as("rows after fuzzing").isEqualTo(before);
    }

    @Test
    @Order(4)
    void twoNodesRemindAndEscalateEachDueDeadlineExactlyOnce() {
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < FaultScale.DEADLINE_CAMPAIGNS; i++) {
            // due before the other campaigns' deadlines: only these fall due below
            opened.add(open(period(2026, 1 + i), "2026-03-04T18:00", "2026-03-25T18:00", "2026-03-30T18:00"));
        }
        if (FaultScale.DEADLINE_COUNTY > 0) {
            // a county-scale township (the benchmarks' shape: offices of 50 under one leader) besides the demo's
            long county = cn.kaohe.bench.KaoheUnderTest.township(jdbc, "FDL", FaultScale.DEADLINE_COUNTY);
            opened.add(campaigns
                    .open(new OpenCampaign(
                            null,
                            county,
                            Cycle.MONTHLY,
                            "2026-02",
                            schemeId,
                            at("2026-03-04T18:00"),
                            at("2026-03-25T18:00"),
                            at("2026-03-30T18:00")))
                    .getId());
        }
        awaitOpened(opened);
        String in = opened.stream().map(String::valueOf).collect(Collectors.joining(","));
        int assessments =
                jdbc.queryForObject("select count(*) from assessment where campaign_id in (" + in + ")", Integer.class);
        secondNode();
        long t0 = System.nanoTime();
        time.set("2026-03-05T09:00"); // past the reminder (24 h before) and the due date of every self-evaluation
        await(
                Duration.ofMinutes(FaultScale.FULL ? 40 : 3),
                () -> count("ESCALATION", in) >= assessments && count("REMINDER", in) >= assessments,
                "every deadline reminded and escalated");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        await(Duration.ofMinutes(FaultScale.FULL ? 10 : 2), () -> dueJobs() == 0, "no due job left");
        sleep(3000); // a double firing would show up now
        System.out.printf(
                "[fault] two nodes: %d deadlines (%d reminders + %d escalations) fired in %d ms%n",
                2 * assessments, count("REMINDER", in), count("ESCALATION", in), ms);
        Map<String, Integer> perAssessment = new HashMap<>();
        jdbc.query(
                "select kind, assessment_id, count(*) from notification where kind in ('REMINDER','ESCALATION')"
                        + " and campaign_id in (" + in + ") and recipient <> 'office' and assessment_id is not null"
                        + " group by kind, assessment_id",
                rs -> {
                    perAssessment.put(rs.getString(1) + ":" + rs.getLong(2), rs.getInt(3));
                });
        assertThat(perAssessment).hasSize(2 * assessments);
        assertThat(perAssessment.values()).containsOnly(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'STEP_ESCALATED' and entity_type ="
                                + " 'Assessment' and cast(entity_id as bigint) in (select id from assessment where"
                                + " campaign_id in (" + in + "))",
                        Integer.class))
                .isEqualTo(assessments);
    }

    @Test
    @Order(5)
    void twoNodesEndAPublicNoticeExactlyOnce() {
        // a small township of seed 003's monthly scheme (10 cadres, the township group's scores), ranked and approved
        cn.kaohe.report.ReportTownships.Township t = cn.kaohe.report.ReportTownships.create(context, "tn");
        java.time.OffsetDateTime now = time.now();
        long id = campaigns
                .open(new OpenCampaign(
                                null,
                                t.officeId(),
                                Cycle.MONTHLY,
                                "2026-02",
                                t.schemeId(),
                                now.plusDays(4),
                                now.plusDays(7),
                                now.plusDays(9))
                        .withPayoutPeriod("2026-Q1"))
                .getId();
        awaitOpened(List.of(id));
        List<cn.kaohe.campaign.GroupRatings.Entry> scores = new ArrayList<>();
        for (int i = 0; i < t.cadreIds().size(); i++) {
            scores.add(new cn.kaohe.campaign.GroupRatings.Entry(
                    t.cadreIds().get(i),
                    "TOWNSHIP_GROUP",
                    "performance",
                    java.math.BigDecimal.valueOf(t.scores().get(i)),
                    null,
                    null));
        }
        context.getBean(cn.kaohe.campaign.GroupRatings.class).enter(id, scores, "乡镇业绩考核工作领导小组测评结果录入");
        for (InboxTask task : tasks.ofKind(id, "SELF_EVALUATION")) {
            tasks.complete(task, task.assignee(), "{\"summary\":\"本月完成各项工作。\"}");
        }
        for (InboxTask task : tasks.ofKind(id, "RATING")) {
            tasks.complete(task, task.assignee(), "{\"scores\":{},\"comment\":\"同意小组测评意见。\"}");
        }
        await(Duration.ofMinutes(2), () -> status(id).equals("COMMITTEE_REVIEW"), "the campaign ranked");
        for (InboxTask task : tasks.ofKind(id, "COMMITTEE_REVIEW")) {
            tasks.complete(task, "committee-member", "{\"approve\":true}", "committee");
        }
        await(
                Duration.ofMinutes(2),
                () -> status(id).equals("PUBLIC_NOTICE") && reportJobs(id) == 0,
                "the notice opened and its report stored");

        secondNode();
        long t0 = System.nanoTime();
        time.set(campaigns.campaign(id).getNoticeEnd().plusHours(1)); // the notice timer is due on both nodes
        await(
                Duration.ofMinutes(3),
                () -> status(id).equals("FINALISED") && reportJobs(id) == 0,
                "the campaign finalised and its reports stored");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sleep(3000); // a second ending would show up now
        Map<String, Integer> pack = new java.util.TreeMap<>();
        jdbc.query(
                "select report_type, count(*) from stored_report where campaign_id = ? and trigger_kind = 'FINALISED'"
                        + " and assessment_id is null group by report_type",
                rs -> {
                    pack.put(rs.getString(1), rs.getInt(2));
                },
                id);
        List<Integer> resultNotices = jdbc.queryForList(
                "select count(*) from notification where kind = 'RESULT' and campaign_id = ? group by assessment_id",
                Integer.class,
                id);
        System.out.printf(
                "[fault] two nodes: a public notice ended and its campaign was finalised in %d ms: %d finalisation(s),"
                        + " %d result notices for %d cadres, reports %s%n",
                ms,
                campaignAudits("CAMPAIGN_FINALISED", id),
                resultNotices.size(),
                t.cadreIds().size(),
                pack);
        assertThat(campaignAudits("CAMPAIGN_FINALISED", id)).isEqualTo(1);
        assertThat(resultNotices).hasSize(t.cadreIds().size()).containsOnly(1);
        assertThat(pack).containsKeys("RANKING", "GRADE_DISTRIBUTION", "SCORE_SHEET", "RESULT_NOTICE");
        assertThat(pack.values()).containsOnly(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution where business_key_ = ?",
                        Integer.class,
                        "campaign-" + id))
                .as("the campaign process has ended")
                .isZero();
    }

    private String status(long campaignId) {
        return jdbc.queryForObject("select status from campaign where id = ?", String.class, campaignId);
    }

    /** The campaign's events whose reports are not all stored yet (incomplete publications to the report module). */
    private int reportJobs(long campaignId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id ="
                        + " 'report-generation' and serialized_event like ?",
                Integer.class,
                "{\"campaignId\":" + campaignId + ",%");
    }

    private int campaignAudits(String action, long campaignId) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = ? and entity_type = 'Campaign' and entity_id = ?",
                Integer.class,
                action,
                String.valueOf(campaignId));
    }

    /** Starts the second node once (closed after the suite). */
    private void secondNode() {
        if (second == null) {
            second = startSecondNode();
        }
    }

    private ConfigurableApplicationContext startSecondNode() {
        Map<String, Object> props = new HashMap<>(FaultDatabase.properties());
        props.put("server.port", "0");
        props.put("camunda.bpm.job-execution.enabled", "true");
        props.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        props.put("camunda.bpm.job-execution.max-wait", "1000");
        props.put("kaohe.workflow.wait-recheck-enabled", "false");
        props.put("kaohe.demo.enabled", "false");
        props.put("spring.jmx.enabled", "false");
        // its own engine name: closing this node must not unregister the test context's engine "default" (the
        // webapps and /engine-rest look engines up by name)
        props.put("camunda.bpm.generate-unique-process-engine-name", "true");
        // the second node's EngineTime (a test component) resets the one engine clock of this JVM when it starts: keep
        // the suite's time, or every timer of the fault database fires on the first node alone while the second starts
        System.setProperty(
                EngineTime.OFFSET_PROPERTY, String.valueOf(time.instant().toEpochMilli() - System.currentTimeMillis()));
        try {
            return new SpringApplicationBuilder(KaoheApplication.class)
                    .profiles("it")
                    // the fault database above everything else (default properties lose to application.yml's H2 URL)
                    .initializers(new FaultDatabase())
                    .properties(props)
                    .run();
        } finally {
            System.clearProperty(EngineTime.OFFSET_PROPERTY);
        }
    }

    // --- helpers ---

    private long open(String period, String selfDue, String ratingDue, String reviewDue) {
        Campaign c = campaigns.open(new OpenCampaign(
                null, township, Cycle.MONTHLY, period, schemeId, at(selfDue), at(ratingDue), at(reviewDue)));
        return c.getId();
    }

    private static String period(int year, int index) {
        int y = year - index / 12;
        return y + "-" + String.format("%02d", 1 + index % 12);
    }

    private void awaitOpened(List<Long> ids) {
        await(
                Duration.ofMinutes(FaultScale.FULL ? 30 : 5),
                () -> ids.stream().allMatch(id -> {
                    Campaign c = campaigns.campaign(id);
                    return c.getOpenedCount() >= c.getCadreCount()
                            && tasks.ofKind(id, "SELF_EVALUATION").size() >= c.getCadreCount();
                }),
                "campaigns opened by the job executor");
    }

    private Tally doubleComplete(List<InboxTask> list, String form) throws Exception {
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (InboxTask t : list) {
            CyclicBarrier together = new CyclicBarrier(2);
            for (int click = 0; click < 2; click++) {
                done.add(pool.submit(() -> {
                    together.await(60, TimeUnit.SECONDS);
                    Http.Answer a = http.send(t.assignee(), "POST", "/api/tasks/" + t.id() + "/complete", form);
                    tally.add(t.id(), a);
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        tally.millis = (System.nanoTime() - t0) / 1_000_000;
        return tally;
    }

    private List<Integer> countPerAssessment(String action, Set<Long> ids) {
        List<Integer> counts = new ArrayList<>();
        for (long id : ids) {
            counts.add(jdbc.queryForObject(
                    "select count(*) from audit_record where entity_type = 'Assessment' and entity_id = ? and action = ?",
                    Integer.class,
                    String.valueOf(id),
                    action));
        }
        return counts;
    }

    private int count(String kind, String campaignIds) {
        return jdbc.queryForObject(
                "select count(*) from notification where kind = ? and recipient <> 'office'"
                        + " and assessment_id is not null and campaign_id in ("
                        + campaignIds + ")",
                Integer.class,
                kind);
    }

    private int dueJobs() {
        return jdbc.queryForObject(
                "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= ?)",
                Integer.class,
                java.sql.Timestamp.from(time.now().toInstant()));
    }

    /** Real ids for path variables: a campaign, an assessment, an open task, a cadre, a unit. */
    private Map<String, String> idsForPaths() {
        Map<String, String> ids = new HashMap<>();
        ids.put("campaignId", String.valueOf(jdbc.queryForObject("select max(id) from campaign", Long.class)));
        ids.put("assessmentId", String.valueOf(jdbc.queryForObject("select max(id) from assessment", Long.class)));
        ids.put("taskId", jdbc.queryForObject("select max(id_) from act_ru_task", String.class));
        ids.put("cadreId", String.valueOf(jdbc.queryForObject("select min(id) from cadre", Long.class)));
        ids.put("unitId", String.valueOf(township));
        ids.put("schemeId", String.valueOf(schemeId));
        return ids;
    }

    private static void await(Duration max, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + max + " waiting for: " + what);
            }
            sleep(250);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Answers per task of a double completion. */
    static final class Tally {
        final Map<String, List<Http.Answer>> byTask = new ConcurrentHashMap<>();
        long millis;

        void add(String taskId, Http.Answer a) {
            byTask.computeIfAbsent(taskId, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(a);
        }

        Map<Integer, Long> statuses() {
            return byTask.values().stream()
                    .flatMap(List::stream)
                    .collect(Collectors.groupingBy(Http.Answer::status, java.util.TreeMap::new, Collectors.counting()));
        }

        Map<String, Long> loserCodes() {
            return byTask.values().stream()
                    .flatMap(List::stream)
                    .filter(a -> a.status() == 409)
                    .map(a -> a.body().replaceAll(".*\"code\":\"([A-Z]+-[0-9]+)\".*", "$1"))
                    .collect(Collectors.groupingBy(c -> c, java.util.TreeMap::new, Collectors.counting()));
        }

        void print(String what) {
            long noWinner = byTask.values().stream()
                    .filter(l -> l.stream().noneMatch(a -> a.status() == 200))
                    .count();
            System.out.printf(
                    "[fault] %d %s in %d ms: statuses %s, 409 codes %s, pairs without a winner %d%n",
                    byTask.size(), what, millis, statuses(), loserCodes(), noWinner);
        }

        void assertExactlyOneWinnerEach() {
            assertThat(statuses().keySet())
                    .as("only 200 and 409: %s", statuses())
                    .containsOnly(200, 409);
            byTask.forEach((task, answers) -> {
                assertThat(answers).hasSize(2);
                assertThat(answers.stream().filter(a -> a.status() == 200).count())
                        .as("winners for task %s: %s", task, answers)
                        .isEqualTo(1);
                assertThat(answers.stream().filter(a -> a.status() == 409).count())
                        .as("409 losers for task %s: %s", task, answers)
                        .isEqualTo(1);
            });
        }
    }
}
