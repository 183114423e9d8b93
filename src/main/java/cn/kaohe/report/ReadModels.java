package cn.kaohe.report;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.GroupRating;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.CampaignData.Fact;
import cn.kaohe.report.CampaignData.PeriodResult;
import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.AppealRegisterReport;
import cn.kaohe.report.model.AppealRow;
import cn.kaohe.report.model.GradeCount;
import cn.kaohe.report.model.GradeDistributionReport;
import cn.kaohe.report.model.NoticeRow;
import cn.kaohe.report.model.PayRow;
import cn.kaohe.report.model.PerformancePayReport;
import cn.kaohe.report.model.PublicNoticeReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import cn.kaohe.report.model.RaterScore;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.report.model.ReportHeader;
import cn.kaohe.report.model.ResultNotice;
import cn.kaohe.report.model.ResultNoticeReport;
import cn.kaohe.report.model.RollupRow;
import cn.kaohe.report.model.ScoreItem;
import cn.kaohe.report.model.ScoreSheet;
import cn.kaohe.report.model.ScoreSheetReport;
import cn.kaohe.report.model.SubgroupConstraint;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.Pay;
import cn.kaohe.scoring.ScoringOutcome.PayReconciliation;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubgroupCheck;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SchemeVersion.GradeSpec;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds the read model of each report from a campaign's data. No I/O: everything comes from
 * {@link CampaignData}, so a builder gives the same document for the same data (the data version is a
 * hash of it). Figures are printed as the scoring module rounded them; percentages of the grade
 * distribution are rounded here (scale 1, HALF_UP).
 */
final class ReadModels {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Engine reason codes that concern 评先评优资格, pay and grade caps. */
    private static final Set<String> ELIGIBILITY_CODES = Set.of("NO_EXCELLENCE", "BELOW_EXCELLENCE_MINIMUM");

    private static final Set<String> PAY_CODES = Set.of("WITHHOLD_PAY", "PAY_FACTOR");
    private static final Set<String> REMARK_CODES = Set.of("GRADE_FORCE", "GRADE_AT_MOST", "GRADE_OVERRIDE", "VETO");
    private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final CampaignData data;
    private final Campaign campaign;
    private final SchemeVersion scheme;
    private final Map<String, String> gradeLabels = new LinkedHashMap<>();
    private final Map<String, SchemeVersion.Category> categories = new LinkedHashMap<>();

    ReadModels(CampaignData data) {
        this.data = data;
        this.campaign = data.campaign();
        this.scheme = data.scheme();
        scheme.grading().grades().forEach(g -> gradeLabels.put(g.code(), g.label()));
        scheme.categories().forEach(c -> categories.put(c.id(), c));
    }

    /** The document of {@code type}: campaign-wide, or one cadre's when {@code assessmentId} is given. */
    ReportDocument build(ReportType type, Long assessmentId, boolean groupByUnit) {
        requireApplicable(type);
        return switch (type) {
            case RANKING -> ranking(groupByUnit);
            case GRADE_DISTRIBUTION -> gradeDistribution();
            case SCORE_SHEET -> scoreSheets(assessmentId);
            case PUBLIC_NOTICE -> publicNotice();
            case PERFORMANCE_PAY -> performancePay();
            case APPEAL_REGISTER -> appealRegister();
            case RESULT_NOTICE -> resultNotices(assessmentId);
            case ANNUAL_ROLLUP -> annualRollup();
        };
    }

    /** Refuses, with a message for the office, a report the campaign cannot have yet (or at all). */
    void requireApplicable(ReportType type) {
        switch (type) {
            case PUBLIC_NOTICE -> {
                if (!data.settings().publicNotice()) {
                    throw new KaoheException(ReportError.CONFIDENTIAL, data.schemeName());
                }
                if (campaign.getNoticeStart() == null) {
                    throw new KaoheException(ReportError.NOTICE_NOT_OPENED, campaign.getName());
                }
            }
            case ANNUAL_ROLLUP -> {
                if (campaign.getCycle() == Cycle.ANNUAL) {
                    throw new KaoheException(ReportError.NO_ANNUAL_ROLLUP, campaign.getName());
                }
            }
            case PERFORMANCE_PAY -> {
                requireRanked(type);
                if (scheme.pay().mode() == SchemeVersion.PayMode.NONE) {
                    throw new KaoheException(ReportError.NO_PAY_POLICY, data.schemeName());
                }
            }
            case APPEAL_REGISTER -> {}
            default -> requireRanked(type);
        }
    }

    private void requireRanked(ReportType type) {
        if (!data.ranked()) {
            throw new KaoheException(ReportError.NOT_RANKED, campaign.getName(), type.title());
        }
    }

    /** The header; the data version is filled in after hashing the document. */
    ReportHeader header() {
        String period =
                Period.parse(campaign.getCycle(), campaign.getPeriodLabel()).chineseLabel();
        String township = data.township() == null ? "" : data.township();
        // the campaign's name usually starts with the township: print it once (never 大栗港镇大栗港镇…)
        String name = !township.isEmpty() && campaign.getName().startsWith(township)
                ? campaign.getName().substring(township.length())
                : campaign.getName();
        return new ReportHeader(
                township,
                name,
                data.schemeName(),
                period,
                committee(),
                null,
                LocalDateTime.ofInstant(data.dataTime(), ZONE));
    }

    private String committee() {
        return (data.township() == null ? "" : data.township()) + "考核领导小组";
    }

    private String office() {
        return (data.township() == null ? "" : data.township()) + "绩效考核办公室（绩考办）";
    }

    // ---- 考核结果排名表 ----------------------------------------------------------------------

    RankingReport ranking(boolean groupByUnit) {
        List<String> names = scheme.categories().stream()
                .map(c -> c.points() == null
                        ? c.name()
                        : c.name() + "(" + c.points().stripTrailingZeros().toPlainString() + ")")
                .toList();
        List<RankingRow> rows = new ArrayList<>();
        int position = 0;
        for (Assessment a : data.assessments()) {
            position++;
            SubjectResult r = data.results().get(a.getId());
            CadreInfo cadre = data.cadre(a);
            List<BigDecimal> scores = scheme.categories().stream()
                    .map(c -> r == null ? BigDecimal.ZERO : r.categoryScores().getOrDefault(c.id(), BigDecimal.ZERO))
                    .toList();
            rows.add(new RankingRow(
                    a.getRankNo() == null ? position : a.getRankNo(),
                    cadre.name(),
                    cadre.unitName(),
                    cadre.postName(),
                    scores,
                    a.getTotal() == null ? BigDecimal.ZERO : a.getTotal(),
                    grade(a),
                    !Boolean.FALSE.equals(a.getEligible()),
                    data.underAppeal().contains(a.getId()),
                    remark(r, cadre)));
        }
        return new RankingReport(header(), names, groupByUnit, rows);
    }

    private static String remark(SubjectResult r, CadreInfo cadre) {
        List<String> parts = new ArrayList<>();
        if (r != null) {
            String adjusted = ReportNotes.adjusted(r);
            if (adjusted != null) {
                parts.add(adjusted);
            }
            r.reasons().stream()
                    .filter(x -> REMARK_CODES.contains(x.code()))
                    .findFirst()
                    .ifPresent(x -> parts.add(x.description()));
            if (r.derived()) {
                parts.add(ReportNotes.derivedBasis(r));
            }
        }
        if (cadre.villageResident()) {
            parts.add("驻村");
        }
        return String.join("；", parts);
    }

    private String grade(Assessment a) {
        if (a.getGradeLabel() != null) {
            return a.getGradeLabel();
        }
        return a.getGrade() == null ? "" : gradeLabels.getOrDefault(a.getGrade(), a.getGrade());
    }

    // ---- 等次分布统计 --------------------------------------------------------------------------

    GradeDistributionReport gradeDistribution() {
        int n = data.assessments().size();
        Map<String, Integer> counts = new HashMap<>();
        data.assessments().stream()
                .filter(a -> a.getGrade() != null)
                .forEach(a -> counts.merge(a.getGrade(), 1, Integer::sum));
        Map<String, Integer> limits = new HashMap<>();
        for (GroupResult g : data.groups()) {
            if (g.quotaCheck() != null) {
                for (var c : g.quotaCheck().grades()) {
                    if (c.limit() != null) {
                        limits.merge(c.code(), c.limit(), Integer::sum);
                    }
                }
            }
        }
        List<GradeCount> grades = new ArrayList<>();
        for (GradeSpec spec : scheme.grading().grades()) {
            int count = counts.getOrDefault(spec.code(), 0);
            BigDecimal pct = n == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
            Integer limit = limits.get(spec.code());
            String bound = spec.count() != null
                    ? "AT_MOST"
                    : spec.share() != null ? spec.bound().name() : null;
            Boolean within = limit == null || bound == null
                    ? null
                    : switch (bound) {
                        case "AT_MOST" -> count <= limit;
                        case "AT_LEAST" -> count >= limit;
                        default -> Math.abs(count - limit) <= 1;
                    };
            grades.add(new GradeCount(
                    spec.label(),
                    count,
                    pct,
                    limitText(spec, limit),
                    spec.share() == null ? null : spec.share().movePointRight(2).stripTrailingZeros(),
                    within));
        }
        List<SubgroupConstraint> constraints = new ArrayList<>();
        for (GroupResult g : data.groups()) {
            if (g.quotaCheck() == null) {
                continue;
            }
            for (SubgroupCheck s : g.quotaCheck().subgroups()) {
                BigDecimal share = s.members() == 0
                        ? BigDecimal.ZERO.setScale(1)
                        : BigDecimal.valueOf(s.withTag() * 100L)
                                .divide(BigDecimal.valueOf(s.members()), 1, RoundingMode.HALF_UP);
                constraints.add(new SubgroupConstraint(
                        gradeLabels.getOrDefault(s.grade(), s.grade()),
                        s.name(),
                        "≥ "
                                + s.minShare()
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString() + "%",
                        s.members(),
                        s.withTag(),
                        share,
                        s.ok()));
            }
        }
        return new GradeDistributionReport(header(), n, grades, constraints);
    }

    private static String limitText(GradeSpec spec, Integer limit) {
        String suffix = limit == null ? "" : "（" + limit + " 人）";
        if (spec.count() != null) {
            return "≤ " + spec.count() + " 人";
        }
        if (spec.share() == null) {
            return null;
        }
        String pct = spec.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return switch (spec.bound()) {
                    case AT_MOST -> "≤ " + pct;
                    case AT_LEAST -> "≥ " + pct;
                    case ABOUT -> "约 " + pct;
                }
                + suffix;
    }

    // ---- 个人考核评分表 -------------------------------------------------------------------------

    ScoreSheetReport scoreSheets(Long assessmentId) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (Assessment a : selected(assessmentId)) {
            sheets.add(scoreSheet(a));
        }
        return new ScoreSheetReport(header(), sheets);
    }

    private List<Assessment> selected(Long assessmentId) {
        if (assessmentId == null) {
            return data.assessments();
        }
        return data.assessments().stream()
                .filter(a -> a.getId().equals(assessmentId))
                .toList();
    }

    private ScoreSheet scoreSheet(Assessment a) {
        SubjectResult r = data.results().get(a.getId());
        CadreInfo cadre = data.cadre(a);
        List<RaterScore> raters = new ArrayList<>();
        String leaderName = a.getLeaderId() == null
                ? a.getRatedBy()
                : data.cadres()
                        .getOrDefault(a.getLeaderId(), new CadreInfo(a.getRatedBy(), "", "", false))
                        .name();
        if (a.getRatingScores() != null) {
            a.getRatingScores().forEach((part, score) -> {
                Component c = component(null, part);
                raters.add(new RaterScore("分管领导评分", leaderName, c.name(), score, c.max(), c.weight()));
            });
        }
        for (GroupRating g : data.groupRatings()) {
            if (!g.getCadreId().equals(a.getCadreId())) {
                continue;
            }
            Component c = component(g.getRaterGroup(), g.getPart());
            String rater = g.getRater() == null ? "（不记名）" : g.getRater();
            if (g.getGrade() != null) {
                rater = rater + "：" + g.getGrade();
            }
            raters.add(new RaterScore(c.role(), rater, c.name(), g.getScore(), c.max(), c.weight()));
        }
        for (GroupRatings.SheetAverage t : data.sheetAverages()) {
            if (t.cadreId().equals(a.getCadreId())) {
                Component c = component(t.raterGroup(), t.part());
                raters.add(new RaterScore(
                        c.role(), "（不记名测评 " + t.votes() + " 人平均）", c.name(), t.average(), c.max(), c.weight()));
            }
        }
        BigDecimal base = BigDecimal.ZERO;
        List<ScoreItem> items = new ArrayList<>();
        if (r != null) {
            for (ExplanationLine line : r.explanation()) {
                if (line.ruleId() != null && categories.containsKey(line.ruleId())) {
                    // the category's own value (base points, rated or mapped score): summed as 基础分
                    base = base.add(line.totalDelta());
                } else {
                    items.add(item(line));
                }
            }
        }
        BigDecimal selfScore = a.getSelfScores() == null || a.getSelfScores().isEmpty()
                ? null
                : a.getSelfScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoreSheet(
                cadre.name(),
                cadre.unitName(),
                cadre.postName(),
                a.getSelfSummary() == null ? "" : a.getSelfSummary(),
                selfScore,
                raters,
                items,
                base,
                a.getTotal(),
                grade(a),
                a.getRatingComment() == null ? "" : a.getRatingComment(),
                reviewOpinion(a));
    }

    private ScoreItem item(ExplanationLine line) {
        List<Fact> facts = line.factIds().stream()
                .map(id -> data.factTexts().get(id))
                .filter(Objects::nonNull)
                .toList();
        String factText = facts.isEmpty()
                ? (line.factIds().isEmpty() ? "—" : String.join("、", line.factIds()))
                : facts.stream().map(Fact::text).collect(Collectors.joining("；"));
        LocalDate date = facts.isEmpty() ? null : facts.get(0).date();
        SchemeVersion.Category c = line.category() == null ? null : categories.get(line.category());
        return new ScoreItem(
                c == null ? "总分" : c.name(),
                line.description() == null ? line.ruleId() : line.description(),
                line.clause() == null ? "" : line.clause(),
                factText,
                date,
                line.totalDelta());
    }

    /** What the score sheet prints for a rater group's rating of a part. */
    private record Component(String role, String name, BigDecimal max, BigDecimal weight) {}

    private Component component(String raterGroup, String part) {
        for (SchemeVersion.Category c : scheme.categories()) {
            if ("GRADE".equals(raterGroup) && c.id().equals(part)) {
                return new Component("等次评定", c.name(), null, null);
            }
            for (SchemeVersion.RatingSet set : c.ratingSets()) {
                for (SchemeVersion.RatingComponent comp : set.components()) {
                    String id = comp.part() == null ? c.id() : comp.part();
                    boolean groupMatches = raterGroup == null
                            ? comp.raterGroup() != null
                                    && Set.of("SUPERVISING_LEADER", "DIRECT_SUPERIOR")
                                            .contains(comp.raterGroup())
                            : raterGroup.equals(comp.raterGroup());
                    if (id.equals(part) && groupMatches) {
                        String name =
                                comp.part() == null || comp.name() == null ? c.name() : c.name() + "·" + comp.name();
                        String role = comp.name() != null && comp.part() == null ? comp.name() : raterGroup;
                        return new Component(role == null ? "分管领导评分" : role, name, c.ratingScale(), comp.weight());
                    }
                }
            }
        }
        return new Component(raterGroup == null ? "分管领导评分" : raterGroup, part, null, null);
    }

    private String reviewOpinion(Assessment a) {
        List<String> parts = new ArrayList<>();
        for (ResultAdjustment adj : data.adjustments()) {
            if (adj.getAssessmentId().equals(a.getId())) {
                parts.add(("APPEAL".equals(adj.getSource()) ? "申诉裁定调整：" : "审议调整：") + adj.getReason());
            }
        }
        if (parts.isEmpty() && campaign.getApprovedAt() != null) {
            parts.add("经" + committee() + "审议通过。");
        }
        return String.join("；", parts);
    }

    // ---- 公示名单 --------------------------------------------------------------------------------

    PublicNoticeReport publicNotice() {
        List<NoticeRow> rows = new ArrayList<>();
        int seq = 0;
        for (Assessment a : data.assessments()) {
            CadreInfo cadre = data.cadre(a);
            rows.add(new NoticeRow(++seq, cadre.name(), cadre.unitName(), cadre.postName(), a.getTotal(), grade(a)));
        }
        LocalDate start = date(campaign.getNoticeStart());
        return new PublicNoticeReport(
                header(),
                start,
                ReportNotes.lastDay(campaign.getNoticeEnd()),
                campaign.getNoticeWorkingDays(),
                office(),
                "书面材料请署真实姓名，送" + office(),
                committee(),
                start,
                rows);
    }

    // ---- 绩效奖金分配表 ----------------------------------------------------------------------------

    PerformancePayReport performancePay() {
        List<PayRow> rows = new ArrayList<>();
        int seq = 0;
        for (Assessment a : data.assessments()) {
            SubjectResult r = data.results().get(a.getId());
            Pay pay = r == null || r.pay() == null ? Pay.none() : r.pay();
            CadreInfo cadre = data.cadre(a);
            BigDecimal rate = pay.gross().signum() > 0
                    ? pay.withheld().divide(pay.gross(), 4, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            String withholding = r == null
                    ? null
                    : ReportNotes.payReason(
                            pay,
                            r.reasons().stream()
                                    .filter(x -> PAY_CODES.contains(x.code()))
                                    .map(Reason::description)
                                    .toList());
            rows.add(new PayRow(
                    ++seq,
                    cadre.name(),
                    cadre.unitName(),
                    grade(a),
                    a.getTotal(),
                    pay.gross(),
                    rate,
                    withholding,
                    BigDecimal.ONE,
                    null,
                    pay.net(),
                    depositText(data.deposits().getOrDefault(a.getCadreId(), List.of()))));
        }
        BigDecimal pool = null;
        boolean ok = true;
        for (GroupResult g : data.groups()) {
            PayReconciliation rec = g.pay();
            if (rec != null) {
                ok &= rec.ok();
                if (rec.pool() != null) {
                    pool = pool == null ? rec.pool() : pool.add(rec.pool());
                }
            }
        }
        if (pool == null) {
            // no pool in this pay mode (amounts by grade): the allocation is the budget
            pool = rows.stream().map(PayRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        String message =
                ok ? null : "绩效奖金分配不符合方案要求（" + Objects.toString(scheme.pay().clause(), "") + "）";
        return new PerformancePayReport(header(), pool, basisRule(), rows, message);
    }

    /** 风险抵押金 beside the pay (seed 001 篇四 二(七)1(2)、2(1)): each deposit of the year and how it was settled. */
    static String depositText(List<CampaignData.Deposit> deposits) {
        if (deposits.isEmpty()) {
            return null;
        }
        return deposits.stream()
                .map(d -> d.item() + " 抵押" + yuan(d.amount()) + "："
                        + switch (d.status()) {
                            case "AWARDED" -> "退还" + yuan(d.refund()) + "，奖励" + yuan(d.award()) + "（1:2）";
                            case "REFUNDED" -> "退还" + yuan(d.refund()) + "，不计奖（不达标）";
                            case "FORFEITED" -> "不予退还（未按时限完成）";
                            default -> "待结算";
                        })
                .collect(Collectors.joining("；"));
    }

    private static String yuan(BigDecimal v) {
        return v == null ? "—" : String.format("%,.2f元", v.setScale(2, RoundingMode.HALF_UP));
    }

    private String basisRule() {
        SchemeVersion.PayPolicy pay = scheme.pay();
        String clause = pay.clause() == null ? "" : "（" + pay.clause() + "）";
        return switch (pay.mode()) {
            case PROPORTIONAL -> "按个人所得分折算奖励到人，分配合计不得突破奖金总额" + clause;
            case BY_GRADE ->
                "按等次定额发放："
                        + pay.gradeAmounts().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> gradeLabels.getOrDefault(e.getKey(), e.getKey()) + " "
                                        + e.getValue().stripTrailingZeros().toPlainString() + " 元")
                                .collect(Collectors.joining("、"))
                        + "/人/月，共 " + pay.months() + " 个月" + clause;
            case UNIT_PRIZE -> "按单位等次奖励，分配到人" + clause;
            case NONE -> "本方案不设绩效奖金";
        };
    }

    // ---- 申诉处理登记表 ---------------------------------------------------------------------------

    AppealRegisterReport appealRegister() {
        Map<Long, Assessment> byId = new HashMap<>();
        data.assessments().forEach(a -> byId.put(a.getId(), a));
        // the appeals whose adjustments are still in force (data.adjustments() holds only those)
        Set<String> appealsInForce = data.adjustments().stream()
                .filter(adj -> ResultAdjustment.APPEAL.equals(adj.getSource()))
                .map(ResultAdjustment::getSourceRef)
                .collect(Collectors.toSet());
        List<AppealRow> rows = new ArrayList<>();
        int seq = 0;
        for (Appeal appeal : data.appeals()) {
            Assessment a = byId.get(appeal.getAssessmentId());
            CadreInfo cadre = a == null ? new CadreInfo(appeal.getAppellant(), "", "", false) : data.cadre(a);
            rows.add(new AppealRow(
                    ++seq,
                    cadre.name(),
                    cadre.unitName(),
                    local(appeal.getFiledAt()),
                    appeal.getGrounds(),
                    local(appeal.getForwardDue()),
                    local(appeal.getForwardedAt()),
                    local(appeal.getDecisionDue()),
                    local(appeal.getDecidedAt()),
                    appeal.getOutcome() == null ? null : appeal.getOutcome().label(),
                    changes(appeal, appealsInForce)));
        }
        return new AppealRegisterReport(header(), rows);
    }

    private static String changes(Appeal appeal, Set<String> appealsInForce) {
        if (appeal.getChanges() == null) {
            return appeal.getOutcome() == null ? "" : "无";
        }
        if (!appealsInForce.contains(String.valueOf(appeal.getId()))) {
            return "调整已撤回，结果按撤回后重新计算";
        }
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode c = json.readTree(appeal.getChanges());
            JsonNode before = c.path("before");
            JsonNode after = c.path("after");
            List<String> parts = new ArrayList<>();
            change(parts, "总分", before.path("total"), after.path("total"));
            change(parts, "等次", before.path("grade"), after.path("grade"));
            change(parts, "名次", before.path("rank"), after.path("rank"));
            if (appeal.getOthersChanged() != null) {
                int others = json.readTree(appeal.getOthersChanged()).size();
                if (others > 0) {
                    parts.add("重新排名影响其他 " + others + " 人");
                }
            }
            return parts.isEmpty() ? "无" : String.join("，", parts);
        } catch (JsonProcessingException e) {
            return appeal.getChanges();
        }
    }

    private static void change(List<String> parts, String label, JsonNode before, JsonNode after) {
        String b = before.isMissingNode() || before.isNull() ? "—" : before.asText();
        String a = after.isMissingNode() || after.isNull() ? "—" : after.asText();
        if (label.equals("名次")) {
            b = before.isNumber() ? String.valueOf(before.asLong()) : b;
            a = after.isNumber() ? String.valueOf(after.asLong()) : a;
        } else if (before.isNumber() || after.isNumber() || label.equals("总分")) {
            b = plain(b);
            a = plain(a);
        }
        if (!b.equals(a)) {
            parts.add(label + " " + b + " → " + a);
        }
    }

    private static String plain(String number) {
        try {
            return ReportFunctions.score(new BigDecimal(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    // ---- 考核结果通知书 --------------------------------------------------------------------------

    ResultNoticeReport resultNotices(Long assessmentId) {
        int ranked = (int)
                data.assessments().stream().filter(a -> a.getRankNo() != null).count();
        LocalDate deadline = campaign.getFinalisedAt() != null
                ? date(campaign.getFinalisedAt()).plusDays(data.settings().appealWindowDays())
                : campaign.getNoticeEnd() != null
                        ? date(campaign.getNoticeEnd())
                        : LocalDate.ofInstant(data.dataTime(), ZONE)
                                .plusDays(data.settings().appealWindowDays());
        boolean paid = scheme.pay().mode() != SchemeVersion.PayMode.NONE;
        List<ResultNotice> notices = new ArrayList<>();
        for (Assessment a : selected(assessmentId)) {
            SubjectResult r = data.results().get(a.getId());
            CadreInfo cadre = data.cadre(a);
            notices.add(new ResultNotice(
                    cadre.name(),
                    cadre.unitName(),
                    cadre.postName(),
                    a.getTotal(),
                    grade(a),
                    a.getRankNo() == null ? 0 : a.getRankNo(),
                    ranked,
                    !Boolean.FALSE.equals(a.getEligible()),
                    reasons(r, x -> ELIGIBILITY_CODES.contains(x.code())),
                    paid ? a.getPay() : null,
                    highlights(r),
                    office(),
                    deadline));
        }
        LocalDate issuedOn = campaign.getFinalisedAt() != null
                ? date(campaign.getFinalisedAt())
                : LocalDate.ofInstant(data.dataTime(), ZONE);
        return new ResultNoticeReport(header(), committee(), issuedOn, notices);
    }

    private String highlights(SubjectResult r) {
        if (r == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ExplanationLine line : r.explanation()) {
            if (line.ruleId() == null || !categories.containsKey(line.ruleId())) {
                if (line.totalDelta() != null && line.totalDelta().signum() != 0) {
                    String sign = line.totalDelta().signum() > 0 ? "加 " : "扣 ";
                    parts.add(line.description() + "（" + sign
                            + ReportFunctions.score(line.totalDelta().abs()) + " 分）");
                }
            }
        }
        r.reasons().stream()
                .filter(x -> !ELIGIBILITY_CODES.contains(x.code()))
                .forEach(x -> parts.add(x.description()));
        if (r.pay() != null && scheme.pay().mode() != SchemeVersion.PayMode.NONE) {
            String pay = ReportNotes.payReason(r.pay(), List.of());
            if (pay != null) {
                parts.add("绩效奖金：" + pay);
            }
        }
        String adjusted = ReportNotes.adjusted(r);
        if (adjusted != null) {
            parts.add(adjusted);
        }
        return parts.isEmpty() ? "无扣分、加分事项。" : String.join("；", parts) + "。";
    }

    private static String reasons(SubjectResult r, Predicate<Reason> which) {
        if (r == null) {
            return null;
        }
        String text =
                r.reasons().stream().filter(which).map(Reason::description).collect(Collectors.joining("；"));
        return text.isEmpty() ? null : text;
    }

    // ---- 年度考核汇总表 --------------------------------------------------------------------------

    AnnualRollupReport annualRollup() {
        boolean monthly = campaign.getCycle() == Cycle.MONTHLY;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < (monthly ? 12 : 4); i++) {
            labels.add(monthly ? (i + 1) + "月" : QUARTERS[i]);
        }
        Map<Long, String[]> grades = new LinkedHashMap<>();
        Set<Long> order = new LinkedHashSet<>();
        data.assessments().forEach(a -> order.add(a.getCadreId()));
        data.yearResults().forEach(p -> order.add(p.cadreId()));
        for (Long cadreId : order) {
            grades.put(cadreId, new String[labels.size()]);
        }
        for (PeriodResult p : data.yearResults()) {
            int index = monthly
                    ? p.periodStart().getMonthValue() - 1
                    : (p.periodStart().getMonthValue() - 1) / 3;
            grades.get(p.cadreId())[index] = p.gradeCode();
        }
        Map<Long, Assessment> current = new HashMap<>();
        data.assessments().forEach(a -> current.put(a.getCadreId(), a));
        Set<String> rollUpIds =
                scheme.rollUps().stream().map(SchemeVersion.RollUpRule::id).collect(Collectors.toSet());
        List<RollupRow> rows = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<Long, String[]> e : grades.entrySet()) {
            String[] periodGrades = e.getValue();
            Map<String, Integer> tally = new LinkedHashMap<>();
            gradeLabels.keySet().forEach(code -> tally.put(code, 0));
            for (String g : periodGrades) {
                if (g != null) {
                    tally.merge(g, 1, Integer::sum);
                }
            }
            String tallyText = tally.entrySet().stream()
                    .filter(t -> t.getValue() > 0)
                    .map(t -> t.getKey() + t.getValue())
                    .collect(Collectors.joining(" "));
            Assessment a = current.get(e.getKey());
            SubjectResult r = a == null ? null : data.results().get(a.getId());
            String annual = r == null || r.consequences().isEmpty() ? "—" : String.join("；", r.consequences());
            String consequence = reasons(r, x -> x.ruleId() != null && rollUpIds.contains(x.ruleId()));
            CadreInfo cadre =
                    data.cadres().getOrDefault(e.getKey(), new CadreInfo(String.valueOf(e.getKey()), "", "", false));
            List<String> shown = new ArrayList<>();
            for (String g : periodGrades) {
                shown.add(g == null ? "" : g);
            }
            rows.add(new RollupRow(++seq, cadre.name(), cadre.unitName(), shown, tallyText, annual, consequence));
        }
        return new AnnualRollupReport(header(), labels, rows);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    private static LocalDate date(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toLocalDate();
    }
}
