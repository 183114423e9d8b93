package cn.kaohe.fault;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.EngineTime;
import cn.kaohe.support.FreshPostgresDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The kill -9 programme (issue 12, ADR 0010): the application runs as separate JVMs ({@link FaultNode}) on a fresh
 * PostgreSQL database of its own, job executor on with the production settings (30 s job locks, 10 s longest idle
 * wait, report leases of 30 s polled every 10 s). One node at a time is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) in the middle of a step — it has done the step's work and stopped before its
 * commit ({@code kaohe.fault.stall}) — and a new node is started on the same database:
 *
 * <ol>
 *   <li>opening a county-scale campaign (the first chunk committed, two others half-done) and, on the same node,
 *       ranking a small campaign;
 *   <li>finalising the small campaign;
 *   <li>generating its report pack (the first report stored).
 * </ol>
 *
 * <p>After each restart: nothing lost or doubled (one assessment, one process instance and one first task per cadre;
 * one ranking; one finalisation with one result notice per cadre; each report stored once per step), the audit chain
 * verifies, and the work resumed within a minute of the new node having started (printed as {@code [fault]} lines).
 */
class KillNineIT {

    static final Duration RESUME_WITHIN = Duration.ofMinutes(1);

    private final List<Node> nodes = new ArrayList<>();
    private Path dir;
    private String database;
    private String url;
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        nodes.forEach(n -> n.process.destroyForcibly());
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (database != null) {
            FaultDatabase.drop(database);
        }
    }

    @Test
    void killedNodesLoseNothingAndTheirWorkResumesWithinAMinuteOfTheRestart() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "kill9-");
        database = "kaohe_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        url = FaultDatabase.create(database);
        dataSource = new SingleConnectionDataSource(
                url, FreshPostgresDatabase.user(), FreshPostgresDatabase.password(), true);
        jdbc = new JdbcTemplate(dataSource);
        // every node reads one clock: Monday 2 March 2026, 09:00 in Shanghai, ticking from now
        setClock(EngineTime.at("2026-03-02T09:00"));
        int size = FaultScale.KILL_CADRES;

        // 1. and 2. one node opens the county-scale campaign and ranks the small one, and is killed in both
        Node n1 = start("n1", "open,rank");
        command("setup", String.valueOf(size));
        long big = Long.parseLong(command("open-big", ""));
        awaitFile("stalled-open", n1, Duration.ofMinutes(5));
        await(Duration.ofMinutes(2), n1, () -> opened(big) > 0, "the first chunk committed");
        Map<String, java.sql.Timestamp> locks = locks();
        long locksSeen = System.currentTimeMillis();
        long small = Long.parseLong(command("drive-small", ""));
        awaitFile("stalled-rank", n1, Duration.ofMinutes(3));
        assertLocksRenewed(locks, locksSeen);
        int atKill = opened(big);
        long killed = n1.kill();
        Node n2 = start("n2", "finalise");
        long resumedOpening = await(RESUME_WITHIN.plusMinutes(1), n2, () -> opened(big) > atKill, "opening resumed");
        long ranked =
                await(RESUME_WITHIN.plusMinutes(1), n2, () -> !status(small).equals("IN_PROGRESS"), "ranking resumed");
        long openedAll = await(
                Duration.ofMinutes(FaultScale.FULL ? 20 : 3),
                n2,
                () -> opened(big) >= size && status(big).equals("IN_PROGRESS"),
                "every cadre opened");
        report("opening", size + " cadres, " + atKill + " opened at the kill", killed, n2, resumedOpening, openedAll);
        assertOpenedOnce(big, size);
        report("ranking", "10 cadres", killed, n2, ranked, ranked);
        assertThat(status(small)).isEqualTo("COMMITTEE_REVIEW");
        assertThat(audits("CAMPAIGN_RANKED", small)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment where campaign_id = ? and rank_no is null",
                        Integer.class,
                        small))
                .isZero();
        await(Duration.ofMinutes(2), n2, () -> reportJobs(small) == 0, "the ranking's reports stored");

        // 3. finalisation: approved, the notice runs its length, the notice timer fires, the node dies finalising
        command("approve-small", "");
        await(
                Duration.ofMinutes(2),
                n2,
                () -> status(small).equals("PUBLIC_NOTICE") && reportJobs(small) == 0,
                "the notice opened and its report stored");
        OffsetDateTime noticeEnd =
                jdbc.queryForObject("select notice_end from campaign where id = ?", OffsetDateTime.class, small);
        setClock(noticeEnd.plusHours(1));
        awaitFile("stalled-finalise", n2, Duration.ofMinutes(3));
        long killedFinalising = n2.kill();
        Node n3 = start("n3", "report");
        long finalised = await(
                RESUME_WITHIN.plusMinutes(1), n3, () -> status(small).equals("FINALISED"), "finalisation resumed");
        report("finalisation", "10 cadres", killedFinalising, n3, finalised, finalised);
        assertThat(audits("CAMPAIGN_FINALISED", small)).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select count(*) from notification where kind = 'RESULT' and campaign_id = ? group by assessment_id",
                        Integer.class,
                        small))
                .hasSize(10)
                .containsOnly(1);

        // 4. report generation: the first report of the pack is stored, the node dies before the second
        awaitFile("stalled-report", n3, Duration.ofMinutes(3));
        assertThat(stored(small, "FINALISED")).hasSize(1);
        long killedReporting = n3.kill();
        Node n4 = start("n4", "");
        long claimed = await(
                RESUME_WITHIN.plusMinutes(1),
                n4,
                () -> reportJobs(small) == 0
                        || jdbc.queryForObject(
                                        "select coalesce(max(attempts), 0) from report_claim where campaign_id = ? and"
                                                + " done_at is null",
                                        Integer.class,
                                        small)
                                > 1,
                "the report job claimed again");
        long packed = await(Duration.ofMinutes(3), n4, () -> reportJobs(small) == 0, "the report pack stored");
        report("report generation", "the finalisation's pack", killedReporting, n4, claimed, packed);

        // nothing lost or doubled, and the audit chain verifies
        Map<String, Integer> pack = stored(small, "FINALISED");
        assertThat(pack)
                .containsKeys("RANKING", "GRADE_DISTRIBUTION", "APPEAL_REGISTER", "SCORE_SHEET", "RESULT_NOTICE");
        assertThat(pack.values())
                .as("each report of the pack stored once: %s", pack)
                .containsOnly(1);
        assertThat(stored(small, "RANKED"))
                .containsOnlyKeys("RANKING", "GRADE_DISTRIBUTION")
                .containsValues(1);
        assertThat(stored(small, "RANKED").values()).containsOnly(1);
        assertThat(stored(small, "NOTICE_OPENED").values()).containsOnly(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_failure where campaign_id = ?", Integer.class, small))
                .isZero();
        assertThat(audits("NOTICE_OPENED", small)).isEqualTo(1);
        String chain = command("verify-audit", "");
        System.out.println("[fault] kill -9: audit chain after 3 kills: " + chain);
        assertThat(chain).startsWith("ChainVerification[status=INTACT");
        n4.stop();
    }

    // --- checks ---

    private void assertOpenedOnce(long campaignId, int size) {
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment where campaign_id = ?", Integer.class, campaignId))
                .as("assessments")
                .isEqualTo(size);
        assertThat(jdbc.queryForObject(
                        "select count(distinct cadre_id) from assessment where campaign_id = ?",
                        Integer.class,
                        campaignId))
                .as("cadres with an assessment")
                .isEqualTo(size);
        String instances =
                "select e.id_ from act_ru_execution e join assessment a on e.business_key_ = 'assessment-' || a.id"
                        + " where e.id_ = e.proc_inst_id_ and a.campaign_id = ?";
        assertThat(jdbc.queryForObject("select count(*) from (" + instances + ") i", Integer.class, campaignId))
                .as("process instances")
                .isEqualTo(size);
        assertThat(jdbc.queryForObject(
                        "select count(distinct business_key_) from act_ru_execution where id_ = proc_inst_id_ and"
                                + " id_ in (" + instances + ")",
                        Integer.class,
                        campaignId))
                .as("assessments with a process instance")
                .isEqualTo(size);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_task where task_def_key_ = 'Task_SubmitSelfEvaluation' and"
                                + " proc_inst_id_ in (" + instances + ")",
                        Integer.class,
                        campaignId))
                .as("first tasks")
                .isEqualTo(size);
        assertThat(jdbc.queryForObject(
                        "select count(distinct proc_inst_id_) from act_ru_task where task_def_key_ ="
                                + " 'Task_SubmitSelfEvaluation' and proc_inst_id_ in (" + instances + ")",
                        Integer.class,
                        campaignId))
                .as("instances with their first task")
                .isEqualTo(size);
        assertThat(audits("CAMPAIGN_OPENED", campaignId)).isEqualTo(1);
    }

    /** Jobs locked now, with their lock's expiry. */
    private Map<String, java.sql.Timestamp> locks() {
        Map<String, java.sql.Timestamp> locks = new java.util.HashMap<>();
        jdbc.query("select id_, lock_exp_time_ from act_ru_job where lock_owner_ is not null", rs -> {
            locks.put(rs.getString(1), rs.getTimestamp(2));
        });
        return locks;
    }

    /** The live (stalled) node renewed the locks of the jobs it still runs (workflow.JobLockHeartbeat). */
    private void assertLocksRenewed(Map<String, java.sql.Timestamp> before, long seenAt) {
        sleep(Math.max(0, seenAt + 12_000 - System.currentTimeMillis())); // more than one renewal (every 10 s)
        Map<String, java.sql.Timestamp> after = locks();
        after.keySet().retainAll(before.keySet());
        assertThat(after)
                .as("the stalled chunks' jobs, still locked")
                .hasSizeGreaterThanOrEqualTo(FaultNode.STALLED_CHUNKS);
        after.forEach((job, until) ->
                assertThat(until).as("lock of job %s renewed", job).isAfter(before.get(job)));
        System.out.printf(
                "[fault] kill -9: the live node renewed the locks of the %d jobs it still ran (30 s locks, looked at %.0f s apart)%n",
                after.size(), (System.currentTimeMillis() - seenAt) / 1000.0);
    }

    private int opened(long campaignId) {
        return jdbc.queryForObject("select opened_count from campaign where id = ?", Integer.class, campaignId);
    }

    private String status(long campaignId) {
        return jdbc.queryForObject("select status from campaign where id = ?", String.class, campaignId);
    }

    private int audits(String action, long campaignId) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = ? and entity_type = 'Campaign' and entity_id = ?",
                Integer.class,
                action,
                String.valueOf(campaignId));
    }

    /** The campaign's events whose reports are not all stored yet (incomplete publications to the report module). */
    private int reportJobs(long campaignId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id ="
                        + " 'report-generation' and serialized_event like ?",
                Integer.class,
                "{\"campaignId\":" + campaignId + ",%");
    }

    /** Stored reports of one step, by type: how many of each. */
    private Map<String, Integer> stored(long campaignId, String trigger) {
        Map<String, Integer> byType = new java.util.TreeMap<>();
        jdbc.query(
                "select report_type, count(*) from stored_report where campaign_id = ? and trigger_kind = ? and"
                        + " assessment_id is null group by report_type",
                rs -> {
                    byType.put(rs.getString(1), rs.getInt(2));
                },
                campaignId,
                trigger);
        return byType;
    }

    private void report(String step, String what, long killedAt, Node restarted, long resumedAt, long doneAt) {
        long sinceReady = resumedAt - restarted.readyAt;
        System.out.printf(
                "[fault] kill -9 during %s (%s): node restarted %.1f s after the kill (JVM start %.1f s), work resumed"
                        + " %.1f s after the restart (%.1f s after the kill), done %.1f s after the restart%n",
                step,
                what,
                (restarted.startedAt - killedAt) / 1000.0,
                (restarted.readyAt - restarted.startedAt) / 1000.0,
                Math.max(0, sinceReady) / 1000.0,
                (resumedAt - killedAt) / 1000.0,
                Math.max(0, doneAt - restarted.readyAt) / 1000.0);
        assertThat(Duration.ofMillis(sinceReady))
                .as("%s resumed within a minute of the restart", step)
                .isLessThan(RESUME_WITHIN);
    }

    // --- nodes ---

    /** One JVM running {@link FaultNode}. */
    final class Node {
        final String name;
        final Process process;
        final long startedAt;
        long readyAt;

        Node(String name, Process process, long startedAt) {
            this.name = name;
            this.process = process;
            this.startedAt = startedAt;
        }

        /** kill -9; answers when. */
        long kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no lock released
            process.waitFor();
            return System.currentTimeMillis();
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        String log() {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    private Node start(String name, String stall) throws IOException {
        // the test classpath without empty entries: an empty entry is the working directory, whose processes/ would be
        // deployed a second time
        String classpath = java.util.Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank())
                .distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dkaohe.fault.dir=" + dir.toAbsolutePath(),
                "-Dkaohe.fault.node=" + name,
                "-Dkaohe.fault.stall=" + stall,
                "-Dkaohe.fault.db.url=" + url,
                "-Dkaohe.fault.db.user=" + FreshPostgresDatabase.user(),
                "-Dkaohe.fault.db.password=" + FreshPostgresDatabase.password(),
                "-cp",
                classpath,
                FaultNode.class.getName()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        Node node = new Node(name, process, System.currentTimeMillis());
        nodes.add(node);
        String ready = awaitFile("ready-" + name, node, Duration.ofMinutes(6));
        node.readyAt = Long.parseLong(ready.split(" ")[0]);
        return node;
    }

    /** Asks the live node for a step and waits for its answer. */
    private String command(String name, String argument) {
        write("cmd-" + name, argument);
        Node live = nodes.get(nodes.size() - 1);
        long end =
                System.nanoTime() + Duration.ofMinutes(FaultScale.FULL ? 20 : 5).toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(dir.resolve("done-" + name))) {
                return read("done-" + name);
            }
            if (Files.exists(dir.resolve("failed-" + name))) {
                throw new AssertionError("step " + name + " failed on " + live.name + ":\n" + read("failed-" + name));
            }
            alive(live);
            sleep(100);
        }
        throw new AssertionError("step " + name + " not done:\n" + live.log());
    }

    private String awaitFile(String name, Node node, Duration max) {
        await(max, node, () -> Files.exists(dir.resolve(name)), name);
        return read(name);
    }

    /** Waits for a condition while the node lives; answers the wall time it became true. */
    private long await(Duration max, Node node, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            alive(node);
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + max + " waiting for: " + what + "\n" + node.log());
            }
            sleep(100);
        }
        return System.currentTimeMillis();
    }

    private static void alive(Node node) {
        if (!node.process.isAlive()) {
            throw new AssertionError("node " + node.name + " died:\n" + node.log());
        }
    }

    private void setClock(OffsetDateTime now) {
        write("clock", String.valueOf(now.toInstant().toEpochMilli() - System.currentTimeMillis()));
    }

    private String read(String name) {
        return NodeFiles.read(dir.resolve(name));
    }

    private void write(String name, String text) {
        NodeFiles.write(dir, name, text);
    }

    private static void sleep(long ms) {
        NodeFiles.sleep(ms);
    }
}
