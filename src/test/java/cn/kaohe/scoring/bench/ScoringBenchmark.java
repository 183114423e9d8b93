package cn.kaohe.scoring.bench;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scores 10,000 cadres × 50 ledger facts with the seed 000 preset and prints the time (not a test).
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath \
 *     -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test) cn.kaohe.scoring.bench.ScoringBenchmark
 * </pre>
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {}

    public static void main(String[] args) {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int factsEach = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        var scheme = SchemePresets.load("daligang-2021");
        ScoringInput input = build(cadres, factsEach, new Random(42));
        ScoringEngine engine = new ScoringEngine();
        for (int i = 0; i < 5; i++) {
            engine.score(scheme, input); // warm-up
        }
        long best = Long.MAX_VALUE;
        long sum = 0;
        int runs = 10;
        ScoringOutcome last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = engine.score(scheme, input);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            sum += t;
        }
        System.out.printf(
                "scored %d cadres × %d facts (%d facts, %d explanation lines): best %d ms, mean %d ms over %d runs; pool %s reconciled %s%n",
                cadres,
                factsEach,
                input.facts().size(),
                last.subjects().stream().mapToInt(s -> s.explanation().size()).sum(),
                best / 1_000_000,
                sum / runs / 1_000_000,
                runs,
                last.groups().get(0).pay().pool(),
                last.groups().get(0).pay().ok());
    }

    static ScoringInput build(int cadres, int factsEach, Random random) {
        List<Subject> subjects = new ArrayList<>();
        List<LedgerFact> facts = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        String[] types = {
            "LATENESS",
            "ABSENCE_DAYS",
            "MEETING_ABSENCE",
            "DUTY_ABSENCE",
            "LIAISON_ABSENCE",
            "TOWN_DISCIPLINE_CENSURE",
            "INSPECTION_CENSURE_PERSONAL",
            "HONOR"
        };
        String[] levels = {"PROVINCE", "CITY", "COUNTY", "TOWN"};
        String[] grades = {"优秀", "良好", "合格"};
        int id = 0;
        for (int i = 0; i < cadres; i++) {
            String cadre = "c" + i;
            subjects.add(new Subject(
                    cadre, cadre, null, "u" + (i % 200), Role.STAFF, null, null, null, null, null, null, null));
            ratings.add(new Rating(cadre, "VILLAGE_ASSESSMENT", null, "liaison", null, grades[i % 3]));
            ratings.add(
                    new Rating(cadre, "COMMITTEE", null, "central", BigDecimal.valueOf(70 + random.nextInt(31)), null));
            for (int k = 0; k < factsEach; k++) {
                String type = types[random.nextInt(types.length)];
                String level = type.equals("INSPECTION_CENSURE_PERSONAL")
                        ? levels[random.nextInt(4)]
                        : type.equals("HONOR") ? levels[random.nextInt(2)] : null;
                facts.add(new LedgerFact(
                        "f" + id++,
                        type,
                        level,
                        LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365)),
                        List.of(cadre),
                        null,
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        "w" + random.nextInt(20),
                        null,
                        null));
            }
        }
        return new ScoringInput(
                "2021", subjects, facts, ratings, null, null, null, null, BigDecimal.valueOf(30_000_000), null, null);
    }
}
