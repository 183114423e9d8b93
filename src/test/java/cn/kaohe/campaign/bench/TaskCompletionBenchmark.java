package cn.kaohe.campaign.bench;

import cn.kaohe.bench.BareEngine;
import cn.kaohe.bench.CpuMeter;
import cn.kaohe.bench.KaoheUnderTest;
import cn.kaohe.bench.Ratios;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task completion with scoring: 8 clients complete every cadre's self-evaluation (自评, provisional score) and then
 * every rating (分管领导评分, score after rating) of a campaign of N cadres through Kaohe's task inbox, against 8
 * clients completing the first and the second user task of N bare-engine instances of the same shape; prints
 * {@code kaohe / bare} per step. Not a test: run it by hand (README, "Benchmarks").
 *
 * <p>Arguments: {@code [cadres] [rounds] [warm-up cadres]}, default 2,000, 2 and 2,000. The warm-up round (both sides,
 * not counted) lets the JIT compile both paths first: a server completes tasks for weeks, and a cold first round
 * measured mostly the compiler (Kaohe's longer path twice as much as the bare engine's).
 */
public final class TaskCompletionBenchmark {

    private static final JsonNode SELF = json("{\"summary\":\"认真履行岗位职责，完成年度目标任务。\"}");
    private static final JsonNode RATE = json("{\"action\":\"rate\",\"comment\":\"同意\"}");

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Ratios self = new Ratios("self-evaluation " + String.format("%,d", size), "completions/s");
        Ratios rating = new Ratios("rating " + String.format("%,d", size), "completions/s");
        try (KaoheUnderTest kaohe = new KaoheUnderTest();
                BareEngine bare = new BareEngine()) {
            long scheme = kaohe.bean(SchemeCatalog.class)
                    .importPreset("daligang-2021", null)
                    .getId();
            TaskInbox inbox = kaohe.bean(TaskInbox.class);
            if (warmUp > 0) {
                OffsetDateTime now = OffsetDateTime.now();
                bare.start(
                        warmUp, 8, now.plusDays(7).toInstant(), now.plusDays(14).toInstant());
                bare.complete(BareEngine.FIRST_TASK, 8);
                bare.complete(BareEngine.SECOND_TASK, 8);
                bare.complete(BareEngine.THIRD_TASK, 8);
                CampaignOpeningBenchmark.openKaohe(kaohe, scheme, 0, warmUp);
                completeAll(kaohe, inbox, "Task_SubmitSelfEvaluation", "bench0-", SELF);
                completeAll(kaohe, inbox, "Task_RateCadre", "bench0-", RATE);
                System.out.printf("warm-up of %,d cadres done (not counted)%n", warmUp);
            }
            for (int round = 1; round <= rounds; round++) {
                OffsetDateTime now = OffsetDateTime.now();
                bare.start(
                        size, 8, now.plusDays(7).toInstant(), now.plusDays(14).toInstant());
                double bareSelf = bare.complete(BareEngine.FIRST_TASK, 8);
                double bareRating = bare.complete(BareEngine.SECOND_TASK, 8);
                // not counted: the instances move past their last task, so that the bare engine's task table holds
                // one round's tasks like Kaohe's (whose assessments end after the rating); left open, it grew by a
                // round's worth each round and every completion's sub-task lookup read it all
                bare.complete(BareEngine.THIRD_TASK, 8);

                CampaignOpeningBenchmark.openKaohe(kaohe, scheme, round, size);
                String prefix = "bench" + round + "-";
                double kaoheSelf = completeAll(kaohe, inbox, "Task_SubmitSelfEvaluation", prefix, SELF);
                double kaoheRating = completeAll(kaohe, inbox, "Task_RateCadre", prefix, RATE);
                self.round(kaoheSelf, bareSelf);
                rating.round(kaoheRating, bareRating);
            }
        }
        self.summary();
        rating.summary();
    }

    /** Completes every open task of the key whose assignee starts with the round's prefix; returns completions/s. */
    static double completeAll(KaoheUnderTest kaohe, TaskInbox inbox, String key, String prefix, JsonNode form) {
        List<Map<String, Object>> open = kaohe.jdbc()
                .queryForList(
                        "select id_, assignee_ from act_ru_task where task_def_key_ = ? and assignee_ like ?",
                        key,
                        prefix + "%");
        CpuMeter cpu = CpuMeter.start();
        long t0 = System.nanoTime();
        BareEngine.parallel(open.size(), 8, i -> {
            Map<String, Object> t = open.get(i);
            inbox.complete((String) t.get("id_"), (String) t.get("assignee_"), Set.of(), form);
        });
        double rate = open.size() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("kaohe %s: %s (until %s)%n", key, cpu.perOp(open.size()), java.time.LocalTime.now());
        return rate;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
