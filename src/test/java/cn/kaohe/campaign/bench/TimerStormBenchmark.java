package cn.kaohe.campaign.bench;

import cn.kaohe.bench.BareEngine;
import cn.kaohe.bench.KaoheUnderTest;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A timer storm: a campaign of N/2 cadres whose self-evaluation reminders and escalations (N timers) all fall due at
 * once, drained by the job executor, while a deadline falls due in the middle of the storm (the campaign's rating
 * deadline, {@code BoundaryEvent_RatingsOverdue}): prints how long the storm took and how late the deadline fired, and
 * the same for a bare engine (N/2 instances with two timers each, one deadline instance). Time is moved with the engine
 * clock's offset, so it keeps running. Not a test: run it by hand (README, "Benchmarks").
 *
 * <p>Arguments: {@code [timers] [deadline after seconds]}, default 10,000 and 20.
 */
public final class TimerStormBenchmark {

    public static void main(String[] args) throws Exception {
        int timers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int middle = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int instances = timers / 2;
        double bareRate;
        double bareLate;
        double kaoheRate;
        double kaoheLate;
        try (KaoheUnderTest kaohe = new KaoheUnderTest();
                BareEngine bare = new BareEngine()) {
            OffsetDateTime now = OffsetDateTime.now();
            bare.start(
                    instances, 8, now.plusDays(7).toInstant(), now.plusDays(14).toInstant());
            OffsetDateTime bareStorm = now.plusDays(7).plusMinutes(1);
            String deadlineJob = bare.deadline(bareStorm.plusSeconds(middle).toInstant());
            var jobs = bare.engine().getManagementService();
            LongSupplier bareDue = () -> jobs.createJobQuery()
                    .timers()
                    .duedateLowerThan(new java.util.Date(bareStorm.toInstant().toEpochMilli() + 1))
                    .count();
            Supplier<Boolean> bareDeadlineRan =
                    () -> jobs.createJobQuery().jobId(deadlineJob).count() == 0;
            ClockUtil.offset(Duration.between(now, bareStorm).toMillis());
            bare.jobExecutor(true);
            double[] bareResult = drain(bareDue, bareDeadlineRan, timers, middle);
            bare.jobExecutor(false);
            ClockUtil.reset();
            bareRate = bareResult[0];
            bareLate = bareResult[1];

            long scheme = kaohe.bean(SchemeCatalog.class)
                    .importPreset("daligang-2021", null)
                    .getId();
            long unit = kaohe.township("STORM", instances + 1);
            now = OffsetDateTime.now();
            OffsetDateTime selfDue = now.plusDays(7);
            OffsetDateTime stormAt = selfDue.plusMinutes(1);
            kaohe.bean(CampaignService.class)
                    .open(new OpenCampaign(
                                    null,
                                    unit,
                                    Cycle.ANNUAL,
                                    "2040",
                                    scheme,
                                    selfDue,
                                    stormAt.plusSeconds(middle),
                                    now.plusDays(21))
                            .withPayPool(new java.math.BigDecimal("300000")));
            while (kaohe.openTasks("Task_SubmitSelfEvaluation") < instances) {
                Thread.sleep(200);
            }
            var jdbc = kaohe.jdbc();
            while (jdbc.queryForObject(
                            "select count(*) from act_ru_job where type_ = 'timer' and handler_cfg_ like ?",
                            Long.class,
                            "%BoundaryEvent_RatingsOverdue%")
                    == 0) {
                Thread.sleep(200); // the campaign reaches its rating wait after the last chunk has joined
            }
            java.sql.Timestamp stormTs = java.sql.Timestamp.from(stormAt.toInstant());
            LongSupplier kaoheDue = () -> jdbc.queryForObject(
                    "select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= ?", Long.class, stormTs);
            Supplier<Boolean> kaoheDeadlineRan = () -> jdbc.queryForObject(
                            "select count(*) from act_ru_job where type_ = 'timer' and handler_cfg_ like ?",
                            Long.class,
                            "%BoundaryEvent_RatingsOverdue%")
                    == 0;
            ClockUtil.offset(Duration.between(now, stormAt).toMillis());
            double[] kaoheResult = drain(kaoheDue, kaoheDeadlineRan, timers, middle);
            ClockUtil.reset();
            kaoheRate = kaoheResult[0];
            kaoheLate = kaoheResult[1];
        }
        System.out.printf(
                "timer storm of %,d: kaohe %.0f timers/s, bare %.0f timers/s, kaohe / bare = %.2f;"
                        + " deadline due %d s into the storm fired %.1f s late in kaohe, %.1f s late in bare%n",
                timers, kaoheRate, bareRate, kaoheRate / bareRate, middle, kaoheLate, bareLate);
    }

    /** Waits until no storm timer is due; returns {timers/s, seconds the deadline fired after it was due}. */
    static double[] drain(LongSupplier due, Supplier<Boolean> deadlineRan, int timers, int middle)
            throws InterruptedException {
        long t0 = System.nanoTime();
        double late = Double.NaN;
        double drained = Double.NaN;
        while (Double.isNaN(late) || Double.isNaN(drained)) {
            Thread.sleep(100); // polling the database for progress; a benchmark, not a test
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (Double.isNaN(late) && deadlineRan.get()) {
                late = Math.max(0, seconds - middle);
            }
            if (Double.isNaN(drained) && due.getAsLong() == 0) {
                drained = seconds;
            }
            if (seconds > 1800) {
                throw new IllegalStateException("storm not drained after 30 minutes");
            }
        }
        System.out.printf("storm drained in %.1f s; deadline fired %.1f s late%n", drained, late);
        return new double[] {timers / drained, late};
    }
}
