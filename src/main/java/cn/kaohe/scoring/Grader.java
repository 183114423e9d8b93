package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringOutcome.GradeCount;
import cn.kaohe.scoring.ScoringOutcome.QuotaCheck;
import cn.kaohe.scoring.ScoringOutcome.RankEntry;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubgroupCheck;
import cn.kaohe.scoring.model.GradeOverride;
import cn.kaohe.scoring.model.GradeSpec;
import cn.kaohe.scoring.model.QuotaBase;
import cn.kaohe.scoring.model.QuotaBound;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a group and assigns grades.
 *
 * <p>Ranking: total (2 decimals) descending, then the scheme's tie-break categories descending,
 * then subject id ascending; ranks are unique positions 1..n and ties are flagged.
 *
 * <p>Grading: overrides and forced grades first (e.g. below 60 → 较差); the other subjects walk
 * the grades best first and take the first grade whose minimum score, excellence requirement,
 * grade cap and quota allow. Quota counts from shares: AT_MOST rounds down, AT_LEAST rounds up,
 * ABOUT rounds half up, of n = every ranked subject (参数 {@code grading.quotaBase}: ALL_RANKED, the default, where a
 * forced subject fills its grade's quota; NOT_FORCED: the others only); when every regular grade has a share, the largest ABOUT grade absorbs the
 * difference so the counts add up to n. The last regular grade takes everybody left. ABOUT quotas
 * are reported ok within ±1.
 */
final class Grader {

    record Graded(List<SubjectWork> ordered, List<RankEntry> ranking, QuotaCheck quotaCheck) {}

    private final SchemeVersion scheme;
    private final Map<String, List<PriorResult>> prior;
    private final String period;

    Grader(SchemeVersion scheme, Map<String, List<PriorResult>> prior) {
        this(scheme, prior, null);
    }

    /** @param period the period graded; when it is a year, "consecutive" means the years just before it */
    Grader(SchemeVersion scheme, Map<String, List<PriorResult>> prior, String period) {
        this.scheme = scheme;
        this.prior = prior;
        this.period = period;
    }

    static int indexOf(SchemeVersion scheme, String code) {
        List<GradeSpec> grades = scheme.grading().grades();
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static String label(SchemeVersion scheme, String code) {
        int i = indexOf(scheme, code);
        return i < 0 ? code : scheme.grading().grades().get(i).label();
    }

    Graded grade(String group, List<SubjectWork> members) {
        var grading = scheme.grading();
        Comparator<SubjectWork> order =
                Comparator.comparing((SubjectWork w) -> w.displayTotal).reversed();
        for (String cat : grading.tieBreak()) {
            order = order.thenComparing(
                    (SubjectWork w) -> Decimals.display(w.categories.get(cat)), Comparator.reverseOrder());
        }
        order = order.thenComparing(SubjectWork::id);
        List<SubjectWork> ordered = new ArrayList<>(members);
        ordered.sort(order);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).rank = i + 1;
        }
        List<GradeSpec> specs = grading.grades();
        if (!specs.isEmpty()) {
            assign(ordered, specs, group);
        }
        List<RankEntry> ranking = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            SubjectWork w = ordered.get(i);
            boolean tied = (i > 0 && ordered.get(i - 1).displayTotal.compareTo(w.displayTotal) == 0)
                    || (i + 1 < ordered.size()
                            && ordered.get(i + 1).displayTotal.compareTo(w.displayTotal) == 0);
            ranking.add(new RankEntry(w.rank, w.id(), w.displayTotal, w.grade, tied));
        }
        return new Graded(
                ordered,
                ranking,
                specs.isEmpty() ? new QuotaCheck(List.of(), List.of(), true) : check(ordered, specs, group));
    }

    private void assign(List<SubjectWork> ordered, List<GradeSpec> specs, String group) {
        List<SubjectWork> regular = new ArrayList<>();
        for (SubjectWork w : ordered) {
            String forced = w.forcedGrade;
            for (GradeOverride o : scheme.grading().overrides()) {
                if (forced == null && overrides(o, w, ordered.size())) {
                    forced = o.grade();
                    w.reasons.add(new Reason("GRADE_OVERRIDE", "grading.overrides", o.clause(), List.of(), o.reason()));
                }
            }
            if (forced != null) {
                set(w, specs.get(indexOf(scheme, forced)));
            } else {
                regular.add(w);
            }
        }
        // 参数 grading.quotaBase: the shares count every ranked subject (seed 002 四(二)5, default) or the others only
        boolean allRanked = scheme.grading().quotaBase() == QuotaBase.ALL_RANKED;
        int[] capacity = capacities(specs, allRanked ? ordered.size() : regular.size(), group);
        int catchAll = lastRegular(specs);
        int[] used = new int[specs.size()];
        if (allRanked) {
            for (SubjectWork w : ordered) {
                if (!regular.contains(w)) {
                    used[indexOf(scheme, w.grade)]++; // a forced subject fills its grade's quota
                }
            }
        }
        for (SubjectWork w : regular) {
            int chosen = -1;
            for (int i = 0; i < specs.size(); i++) {
                GradeSpec g = specs.get(i);
                if (g.overrideOnly() || i < w.gradeCapIndex) {
                    continue;
                }
                if (i == catchAll) {
                    chosen = i;
                    break;
                }
                if (g.minScore() != null && w.displayTotal.compareTo(g.minScore()) < 0) {
                    continue;
                }
                if (g.requiresExcellence() && w.excellenceLost) {
                    continue;
                }
                if (capacity[i] >= 0 && used[i] >= capacity[i]) {
                    continue;
                }
                chosen = i;
                break;
            }
            if (chosen < 0) {
                chosen = Math.max(w.gradeCapIndex, catchAll);
            }
            used[chosen]++;
            set(w, specs.get(chosen));
        }
    }

    private static void set(SubjectWork w, GradeSpec g) {
        w.grade = g.code();
        w.gradeLabel = g.label();
    }

    private boolean overrides(GradeOverride o, SubjectWork w, int groupSize) {
        return switch (o.kind()) {
            case TOTAL_BELOW -> w.displayTotal.compareTo(o.value()) < 0;
            case LAST_IN_CONSECUTIVE_PERIODS -> {
                if (w.rank != groupSize || groupSize < 2) {
                    yield false;
                }
                int needed = o.value().intValue() - 1;
                List<PriorResult> mine = new ArrayList<>(prior.getOrDefault(w.id(), List.of()));
                mine.sort(Comparator.comparing(PriorResult::period).reversed());
                if (mine.size() < needed) {
                    yield false;
                }
                for (int i = 0; i < needed; i++) {
                    PriorResult p = mine.get(i);
                    if (p.rank() == null || p.rankCount() == null || !p.rank().equals(p.rankCount())) {
                        yield false;
                    }
                    // seed 002 四(二)5 连续两年: the years just before this one, not any earlier years on file
                    if (isYear(period)
                            && isYear(p.period())
                            && Integer.parseInt(p.period()) != Integer.parseInt(period) - 1 - i) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean isYear(String label) {
        return label != null && label.matches("\\d{4}");
    }

    static int lastRegular(List<GradeSpec> specs) {
        for (int i = specs.size() - 1; i >= 0; i--) {
            if (!specs.get(i).overrideOnly()) {
                return i;
            }
        }
        return specs.size() - 1;
    }

    /** Quota count per grade (−1 = no quota). */
    static Integer count(GradeSpec g, String group) {
        Integer byGroup = group == null ? null : g.groupCounts().get(group);
        return byGroup != null ? byGroup : g.count();
    }

    static int[] capacities(List<GradeSpec> specs, int n, String group) {
        int[] cap = new int[specs.size()];
        boolean allShares = true;
        int sum = 0;
        int largestAbout = -1;
        for (int i = 0; i < specs.size(); i++) {
            GradeSpec g = specs.get(i);
            if (g.overrideOnly()) {
                cap[i] = -1;
                continue;
            }
            if (count(g, group) != null) {
                cap[i] = count(g, group);
                allShares = false;
            } else if (g.share() != null) {
                BigDecimal exact = g.share().multiply(BigDecimal.valueOf(n));
                RoundingMode mode =
                        switch (g.bound()) {
                            case AT_MOST -> RoundingMode.FLOOR;
                            case AT_LEAST -> RoundingMode.CEILING;
                            case ABOUT -> RoundingMode.HALF_UP;
                        };
                cap[i] = exact.setScale(0, mode).intValueExact();
                if (g.bound() == QuotaBound.ABOUT
                        && (largestAbout < 0
                                || g.share().compareTo(specs.get(largestAbout).share()) > 0)) {
                    largestAbout = i;
                }
            } else {
                cap[i] = -1;
                allShares = false;
            }
            sum += Math.max(cap[i], 0);
        }
        if (allShares && largestAbout >= 0 && sum != n) {
            cap[largestAbout] = Math.max(0, cap[largestAbout] + n - sum);
        }
        return cap;
    }

    private QuotaCheck check(List<SubjectWork> ordered, List<GradeSpec> specs, String group) {
        Map<String, Integer> counts = new HashMap<>();
        int regular = 0;
        for (SubjectWork w : ordered) {
            counts.merge(w.grade, 1, Integer::sum);
        }
        for (SubjectWork w : ordered) {
            int i = indexOf(scheme, w.grade);
            if (i >= 0 && !specs.get(i).overrideOnly()) {
                regular++;
            }
        }
        int[] cap = capacities(
                specs, scheme.grading().quotaBase() == QuotaBase.ALL_RANKED ? ordered.size() : regular, group);
        List<GradeCount> grades = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < specs.size(); i++) {
            GradeSpec g = specs.get(i);
            int count = counts.getOrDefault(g.code(), 0);
            Integer limit = cap[i] < 0 ? null : cap[i];
            String bound = g.count() != null
                    ? QuotaBound.AT_MOST.name()
                    : g.share() != null ? g.bound().name() : null;
            boolean gradeOk = limit == null
                    || switch (QuotaBound.valueOf(bound)) {
                        case AT_MOST -> count <= limit;
                        case AT_LEAST -> count >= limit;
                        case ABOUT -> Math.abs(count - limit) <= 1;
                    };
            ok &= gradeOk;
            grades.add(new GradeCount(g.code(), g.label(), count, limit, bound, gradeOk));
        }
        List<SubgroupCheck> subgroups = new ArrayList<>();
        for (var sg : scheme.grading().subgroups()) {
            for (GradeSpec g : specs) {
                if (!sg.grades().isEmpty() && !sg.grades().contains(g.code())) {
                    continue;
                }
                int members = 0;
                int withTag = 0;
                for (SubjectWork w : ordered) {
                    if (g.code().equals(w.grade)) {
                        members++;
                        if (w.subject.hasTag(sg.tag())) {
                            withTag++;
                        }
                    }
                }
                if (members == 0) {
                    continue;
                }
                boolean sgOk =
                        BigDecimal.valueOf(withTag).compareTo(sg.minShare().multiply(BigDecimal.valueOf(members))) >= 0;
                ok &= sgOk;
                subgroups.add(new SubgroupCheck(
                        g.code(), sg.tag(), sg.name(), members, withTag, sg.minShare(), sgOk, sg.clause()));
            }
        }
        return new QuotaCheck(grades, subgroups, ok);
    }
}
