package cn.kaohe.campaign.bench;

import cn.kaohe.bench.BareEngine;
import cn.kaohe.bench.KaoheUnderTest;
import cn.kaohe.bench.Ratios;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import java.time.OffsetDateTime;

/**
 * Opens a campaign of N cadres in Kaohe (every cadre's first task exists) and starts N instances of the same shape in a
 * bare Camunda engine (8 clients, one instance per transaction), alternating, each on its own fresh database of the
 * same local PostgreSQL, and prints {@code kaohe / bare}. Not a test: run it by hand (README, "Benchmarks").
 *
 * <p>Arguments: {@code [cadres] [rounds]}, default 10,000 and 2.
 */
public final class CampaignOpeningBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Ratios ratios = new Ratios("opening " + String.format("%,d", size), "instances/s");
        try (KaoheUnderTest kaohe = new KaoheUnderTest();
                BareEngine bare = new BareEngine()) {
            long scheme = kaohe.bean(SchemeCatalog.class)
                    .importPreset("daligang-2021", null)
                    .getId();
            for (int round = 1; round <= rounds; round++) {
                OffsetDateTime now = OffsetDateTime.now();
                double bareRate = bare.start(
                        size, 8, now.plusDays(7).toInstant(), now.plusDays(14).toInstant());
                double kaoheRate = openKaohe(kaohe, scheme, round, size);
                ratios.round(kaoheRate, bareRate);
            }
        }
        ratios.summary();
    }

    /** Opens one campaign and waits until every cadre's first task exists; returns instances/s. */
    static double openKaohe(KaoheUnderTest kaohe, long scheme, int round, int size) throws InterruptedException {
        long unit = kaohe.township("BENCH" + round, size);
        long before = kaohe.openTasks("Task_SubmitSelfEvaluation");
        OffsetDateTime now = OffsetDateTime.now();
        long t0 = System.nanoTime();
        Campaign c = kaohe.bean(CampaignService.class)
                .open(new OpenCampaign(
                                null,
                                unit,
                                Cycle.ANNUAL,
                                String.valueOf(2030 + round),
                                scheme,
                                now.plusDays(7),
                                now.plusDays(14),
                                now.plusDays(21))
                        .withPayPool(new java.math.BigDecimal("300000")));
        long opened = System.nanoTime();
        long tasks = 0;
        while (tasks < size) {
            Thread.sleep(100); // polling the database for progress; a benchmark, not a test
            tasks = kaohe.openTasks("Task_SubmitSelfEvaluation") - before;
            if (System.nanoTime() - t0 > 30L * 60 * 1_000_000_000L) {
                throw new IllegalStateException("gave up after 30 minutes at " + tasks + " tasks");
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "kaohe campaign %d of %,d cadres: open request %.2f s, every first task after %.1f s%n",
                c.getId(), size, (opened - t0) / 1e9, seconds);
        return size / seconds;
    }
}
