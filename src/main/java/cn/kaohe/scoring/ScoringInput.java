package cn.kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine reads besides the scheme: a roster slice, ledger facts, ratings, period
 * scores, target results, prior results and committee adjustments. Ids are strings (the campaign
 * passes cadre or unit ids).
 *
 * @param period the period scored, e.g. {@code 2021} or {@code 2021-03}
 * @param payPool pay pool (奖金总额) for this run; overrides the scheme's default
 * @param villageGrades the villages' monthly 党建 grades VILLAGE roll-ups read (seed 003 六3); null = not given
 * @param payout the payout this run makes (seed 003 五 按季度发放); null = the current period plus every prior result
 *     given (the engine's behaviour before issue 13)
 */
public record ScoringInput(
        String period,
        List<Subject> subjects,
        List<LedgerFact> facts,
        List<Rating> ratings,
        List<PeriodScore> periodScores,
        List<TargetResult> targets,
        List<PriorResult> priorResults,
        List<Adjustment> adjustments,
        BigDecimal payPool,
        Payout payout,
        List<VillageGrade> villageGrades) {

    public ScoringInput {
        subjects = nonNull(subjects);
        facts = nonNull(facts);
        ratings = nonNull(ratings);
        periodScores = nonNull(periodScores);
        targets = nonNull(targets);
        priorResults = nonNull(priorResults);
        adjustments = nonNull(adjustments);
        // null: not given (a VILLAGE roll-up then reads the village's prior results, as before issue 13)
        villageGrades = villageGrades == null ? null : List.copyOf(villageGrades);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Roles the rules know. PRINCIPAL = 书记、镇长 / 主要领导. */
    public enum Role {
        STAFF,
        UNIT_HEAD,
        LEADERSHIP_MEMBER,
        PRINCIPAL
    }

    /** 在编 / 聘用 / 借调 / 非在编. */
    public enum StaffType {
        ESTABLISHED,
        HIRED,
        SECONDED,
        NON_ESTABLISHED
    }

    /**
     * A cadre or a unit being assessed.
     *
     * @param group ranking group (seed 004: 区直部门 and 镇乡 are ranked apart); null = one group
     * @param unitId the cadre's unit (办、站、所)
     * @param supervisedUnitIds units a leadership member supervises (分管)
     * @param villageId the village (联村/驻村) of the cadre
     * @param villageResident 驻村
     * @param monthsInPost months in post this year (default 12)
     * @param tags free tags rules and rating sets can test (STATION, COMMUNITY, …); VILLAGE_RESIDENT
     *     is added for village residents
     * @param members a unit's people, for prizes and unit outcomes
     * @param excludedReason when set, the subject takes no part in this period's ranking (seed 004 第二十九条 不参与年度考核的单位;
     *     seed 000 四4 借调期满一年，年度考核等级归借调单位评定): it is neither scored, ranked, graded nor paid, and the reason
     *     is explained
     */
    public record Subject(
            String id,
            String name,
            String group,
            String unitId,
            Role role,
            List<String> supervisedUnitIds,
            StaffType staffType,
            String villageId,
            Boolean villageResident,
            Integer monthsInPost,
            Set<String> tags,
            List<Member> members,
            String excludedReason,
            LiaisonVillage liaisonVillage) {

        /** A subject without a liaison village of his office (every subject before issue 13's 联村 rule). */
        public Subject(
                String id,
                String name,
                String group,
                String unitId,
                Role role,
                List<String> supervisedUnitIds,
                StaffType staffType,
                String villageId,
                Boolean villageResident,
                Integer monthsInPost,
                Set<String> tags,
                List<Member> members,
                String excludedReason) {
            this(
                    id,
                    name,
                    group,
                    unitId,
                    role,
                    supervisedUnitIds,
                    staffType,
                    villageId,
                    villageResident,
                    monthsInPost,
                    tags,
                    members,
                    excludedReason,
                    null);
        }

        /** A subject taking part in the ranking. */
        public Subject(
                String id,
                String name,
                String group,
                String unitId,
                Role role,
                List<String> supervisedUnitIds,
                StaffType staffType,
                String villageId,
                Boolean villageResident,
                Integer monthsInPost,
                Set<String> tags,
                List<Member> members) {
            this(
                    id,
                    name,
                    group,
                    unitId,
                    role,
                    supervisedUnitIds,
                    staffType,
                    villageId,
                    villageResident,
                    monthsInPost,
                    tags,
                    members,
                    null);
        }

        public Subject {
            role = role == null ? Role.STAFF : role;
            supervisedUnitIds = nonNull(supervisedUnitIds);
            staffType = staffType == null ? StaffType.ESTABLISHED : staffType;
            villageResident = villageResident != null && villageResident;
            monthsInPost = monthsInPost == null ? 12 : monthsInPost;
            tags = tags == null ? Set.of() : Set.copyOf(tags);
            members = nonNull(members);
            excludedReason = excludedReason == null || excludedReason.isBlank() ? null : excludedReason.strip();
        }

        public boolean excluded() {
            return excludedReason != null;
        }

        public boolean leaderRole() {
            return role == Role.LEADERSHIP_MEMBER || role == Role.PRINCIPAL;
        }

        public boolean hasTag(String tag) {
            return tag != null && (tags.contains(tag) || ("VILLAGE_RESIDENT".equals(tag) && villageResident));
        }
    }

    /**
     * The village (community) whose 目标管理 grade scores a subject's grade-mapped categories (联村工作) when he has no
     * grade of his own: seed 000 三(一) "中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值" — given by the
     * caller only for a cadre who moved during the period and is not resident in a village. The village's grade is
     * the grade of the subjects resident in it.
     */
    public record LiaisonVillage(String villageId, String villageName) {}

    /**
     * A person of an assessed unit (seed 004: prizes per role; seed 002: outcomes per role).
     *
     * @param role PRINCIPAL 主要领导, LEADERSHIP_MEMBER 班子成员, STAFF 职工
     * @param monthsInUnit months worked in the unit this year (第二十四条, default 12)
     * @param excludedReason when set, the member gets no prize (第三十条), e.g. 累计旷工5天
     */
    public record Member(String id, String name, Role role, Integer monthsInUnit, String excludedReason) {
        public Member {
            role = role == null ? Role.STAFF : role;
            monthsInUnit = monthsInUnit == null ? 12 : monthsInUnit;
        }
    }

    /**
     * A ledger (台账) fact.
     *
     * @param subjectIds the subjects the fact names (cadres or units)
     * @param unitId the unit an office-wide fact concerns (全办人员)
     * @param quantity occurrences, days, items (default 1; never negative)
     * @param points the committee's figure for COMMITTEE rules
     * @param amount money involved (风险抵押金)
     * @param workItem work-item key: the same work item counts once at its highest level
     * @param consecutive the office flagged a repeated, consecutive censure (连续通报)
     * @param reverses id of an earlier fact this one cancels (corrections are new entries)
     * @param countedIn the period whose result already counted this fact (seed 002: a censure counts once a year —
     *     in the quarter, not again in the annual result that contains the quarter); the fact is then explained, not
     *     scored
     */
    public record LedgerFact(
            String id,
            String type,
            String level,
            LocalDate date,
            List<String> subjectIds,
            String unitId,
            BigDecimal quantity,
            BigDecimal points,
            BigDecimal amount,
            String reason,
            String workItem,
            Boolean consecutive,
            String reverses,
            String countedIn) {

        /** A fact not yet counted in any other period's result. */
        public LedgerFact(
                String id,
                String type,
                String level,
                LocalDate date,
                List<String> subjectIds,
                String unitId,
                BigDecimal quantity,
                BigDecimal points,
                BigDecimal amount,
                String reason,
                String workItem,
                Boolean consecutive,
                String reverses) {
            this(
                    id,
                    type,
                    level,
                    date,
                    subjectIds,
                    unitId,
                    quantity,
                    points,
                    amount,
                    reason,
                    workItem,
                    consecutive,
                    reverses,
                    null);
        }

        public LedgerFact {
            subjectIds = nonNull(subjectIds);
            quantity = quantity == null ? BigDecimal.ONE : quantity;
            consecutive = consecutive != null && consecutive;
        }
    }

    /**
     * A score (or a grade code, for MAPPED_GRADE categories) given by one rater of a rater group.
     *
     * @param part category id or sub-part the rating is for
     */
    public record Rating(
            String subjectId, String raterGroup, String raterId, String part, BigDecimal score, String grade) {}

    /** A period's score in a PERIODS category (seed 002 季度业绩). */
    public record PeriodScore(String subjectId, String category, String period, BigDecimal score) {}

    /** Outcome of a non-numeric target (seed 004 第十六条). */
    public enum TargetOutcome {
        GOOD,
        FAIR,
        POOR,
        NOT_DONE
    }

    /**
     * A target item of a COMPLETION category.
     *
     * @param standardPoints the item's standard points (标准分)
     * @param planned numeric target (null for non-numeric)
     * @param actual achieved figure
     * @param outcome non-numeric result
     * @param falsified 虚报瞒报、弄虚作假
     * @param missing 缺项 (not applicable / policy / force majeure before starting)
     * @param forceMajeure started fully but stopped by policy or force majeure: full points
     */
    public record TargetResult(
            String subjectId,
            String category,
            String itemId,
            String name,
            BigDecimal standardPoints,
            BigDecimal planned,
            BigDecimal actual,
            TargetOutcome outcome,
            Boolean falsified,
            Boolean missing,
            Boolean forceMajeure) {
        public TargetResult {
            falsified = falsified != null && falsified;
            missing = missing != null && missing;
            forceMajeure = forceMajeure != null && forceMajeure;
        }
    }

    /**
     * A result of an earlier period, for roll-ups and "连续两年排名最后".
     *
     * @param rankCount number of subjects ranked in that period's group
     */
    public record PriorResult(
            String subjectId, String period, BigDecimal total, String grade, Integer rank, Integer rankCount) {}

    /**
     * A committee adjustment (审议/复核), also used when an appeal is re-scored.
     *
     * @param target {@code total} or a category id
     * @param newValue the committee's new value (exclusive with delta)
     * @param delta points added (negative: removed)
     */
    public record Adjustment(
            String id, String subjectId, String target, BigDecimal newValue, BigDecimal delta, String reason) {}

    /**
     * The payout a run makes (seed 003 五: 业绩考核奖金按季度发放). Pay by grade covers the current period and the prior
     * periods listed here only; when {@code due} is false the current period's grade is recorded and paid later, with
     * the payout that closes {@code label}.
     *
     * @param label the payout period, e.g. {@code 2026-Q3}
     * @param priorPeriods the earlier periods (labels of prior results) this payout includes
     * @param due this run closes the payout period and pays it
     */
    public record Payout(String label, List<String> priorPeriods, boolean due) {
        public Payout {
            priorPeriods = nonNull(priorPeriods);
        }
    }

    /**
     * A village's (community's) monthly 党建 grade (seed 003 六3: 各乡镇(场)党委要对所辖村(社区)每月进行一次党建工作考核). VILLAGE
     * roll-ups read these, keyed by the village, never the subjects' own prior results (a village id and a cadre id may
     * be the same number).
     *
     * @param period the month, e.g. {@code 2026-05}
     * @param grade 优秀 / 合格 / 基本合格 / 不合格
     * @param rank the village's place among the township's villages that month (1 = best); null when not ranked
     * @param rankCount number of villages ranked that month
     */
    public record VillageGrade(
            String villageId, String period, BigDecimal score, String grade, Integer rank, Integer rankCount) {}
}
