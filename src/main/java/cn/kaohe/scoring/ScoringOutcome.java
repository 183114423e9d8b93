package cn.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the engine returns: one result per subject and one result per ranking group. */
public record ScoringOutcome(
        String schemeCode,
        Integer schemeVersion,
        String period,
        List<SubjectResult> subjects,
        List<GroupResult> groups) {

    public Optional<SubjectResult> subject(String id) {
        return subjects.stream().filter(s -> s.subjectId().equals(id)).findFirst();
    }

    public Optional<GroupResult> group(String name) {
        return groups.stream()
                .filter(g -> java.util.Objects.equals(g.group(), name))
                .findFirst();
    }

    /**
     * One subject's result.
     *
     * @param categoryScores category values, 2 decimals, in scheme order
     * @param total total, 2 decimals (HALF_UP from the 4-decimal internal value)
     * @param rank 1-based position in its group after the tie-break
     * @param derived total derived from other subjects (seed 000 一)
     * @param excellenceEligible 评先评优资格
     * @param reasons why eligibility was lost, grades capped or pay withheld
     * @param explanation every point added or removed: Σ totalDelta = total (before rounding)
     */
    public record SubjectResult(
            String subjectId,
            String name,
            String group,
            Map<String, BigDecimal> categoryScores,
            BigDecimal total,
            String gradeCode,
            String gradeLabel,
            Integer rank,
            boolean derived,
            boolean excellenceEligible,
            List<Reason> reasons,
            Pay pay,
            List<ExplanationLine> explanation,
            List<String> consequences) {}

    /**
     * A traced change of score.
     *
     * @param ruleId the scheme rule (fact rule id, category id, {@code cap}, {@code adjustment}, …)
     * @param clause the seed clause
     * @param factIds facts (or adjustment ids) that caused it
     * @param category category id, null for total-level lines
     * @param delta change of the category value
     * @param totalDelta change of the total (delta × category weight)
     * @param description zh-CN text
     */
    public record ExplanationLine(
            String ruleId,
            String clause,
            List<String> factIds,
            String category,
            BigDecimal delta,
            BigDecimal totalDelta,
            String description) {}

    /** Why eligibility, grade or pay changed. */
    public record Reason(String code, String ruleId, String clause, List<String> factIds, String description) {}

    /**
     * Performance pay of one subject in whole yuan (参数 pay.moneyUnit: or fen).
     *
     * @param gross share of the pool or amount by grade
     * @param withheld withheld for discipline (扣发)
     * @param adjustments fines (−) and bonuses (+) from ledger facts
     * @param net paid: gross − withheld + adjustments, never below 0
     * @param members per-person amounts of a unit's prize or fine
     */
    public record Pay(
            BigDecimal gross,
            BigDecimal withheld,
            BigDecimal adjustments,
            BigDecimal net,
            List<String> lines,
            List<MemberPay> members) {
        public static Pay none() {
            return new Pay(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
        }
    }

    public record MemberPay(String memberId, String name, String role, BigDecimal amount, String description) {}

    /** Results of one ranking group. */
    public record GroupResult(
            String group,
            List<RankEntry> ranking,
            QuotaCheck quotaCheck,
            PayReconciliation pay,
            List<PersonConsequence> personConsequences) {}

    /** @param tied the total equals a neighbour's; the tie-break decided the order */
    public record RankEntry(int rank, String subjectId, BigDecimal total, String gradeCode, boolean tied) {}

    public record QuotaCheck(List<GradeCount> grades, List<SubgroupCheck> subgroups, boolean ok) {}

    /** @param limit the quota count (null: no quota) */
    public record GradeCount(String code, String label, int count, Integer limit, String bound, boolean ok) {}

    public record SubgroupCheck(
            String grade,
            String tag,
            String name,
            int members,
            int withTag,
            BigDecimal minShare,
            boolean ok,
            String clause) {}

    /**
     * Pay reconciliation of a group, in whole yuan (参数 pay.moneyUnit: or fen).
     *
     * @param pool the pool (null when the mode has none)
     * @param allocated Σ gross
     * @param withheld Σ withheld (stays in the pool's budget, not redistributed)
     * @param adjustments Σ fines/bonuses
     * @param paid Σ net
     * @param ok allocated never exceeds the pool (and equals it for PROPORTIONAL)
     * @param equalSplit every paid subject got the same gross (forbidden by seed 000 四1)
     */
    public record PayReconciliation(
            BigDecimal pool,
            BigDecimal allocated,
            BigDecimal withheld,
            BigDecimal adjustments,
            BigDecimal paid,
            boolean ok,
            boolean equalSplit) {}

    /** A unit's rank flowing to one of its people (seed 002 三(三)). */
    public record PersonConsequence(
            String personId,
            String name,
            String unitId,
            String code,
            String label,
            boolean noExcellence,
            String clause) {}
}
