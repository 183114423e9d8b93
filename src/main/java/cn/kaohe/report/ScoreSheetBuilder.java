package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.GroupRating;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.CampaignData.Fact;
import cn.kaohe.report.model.RaterScore;
import cn.kaohe.report.model.ScoreItem;
import cn.kaohe.report.model.ScoreSheet;
import cn.kaohe.report.model.ScoreSheetReport;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 个人考核评分表: per cadre the self-evaluation, every rater's score of every rated part, the base points and each point
 * added or removed with its rule, clause and fact, the total, the grade and the review opinion.
 */
final class ScoreSheetBuilder {

    private final ReportBasis basis;
    private final CampaignData data;

    ScoreSheetBuilder(ReportBasis basis) {
        this.basis = basis;
        this.data = basis.data;
    }

    /** The sheets of all assessments, or of the one with {@code assessmentId}. */
    ScoreSheetReport build(Long assessmentId) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (Assessment a : basis.selected(assessmentId)) {
            sheets.add(scoreSheet(a));
        }
        return new ScoreSheetReport(basis.header(), sheets);
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
                if (basis.isCategory(line.ruleId())) {
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
                basis.grade(a),
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
        Category c = basis.category(line.category());
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
        for (Category c : basis.scheme.categories()) {
            if ("GRADE".equals(raterGroup) && c.id().equals(part)) {
                return new Component("等次评定", c.name(), null, null);
            }
            for (RatingSet set : c.ratingSets()) {
                for (RatingComponent comp : set.components()) {
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
        if (parts.isEmpty() && basis.campaign.getApprovedAt() != null) {
            parts.add("经" + basis.committee() + "审议通过。");
        }
        return String.join("；", parts);
    }
}
