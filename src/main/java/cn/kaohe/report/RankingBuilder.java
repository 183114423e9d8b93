package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 考核结果排名表: one row per assessment in print order, the category scores, total, grade and a remark. */
final class RankingBuilder {

    /** Engine reason codes the remark column prints (the first of them). */
    private static final Set<String> REMARK_CODES = Set.of("GRADE_FORCE", "GRADE_AT_MOST", "GRADE_OVERRIDE", "VETO");

    private final ReportBasis basis;

    RankingBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    RankingReport build(boolean groupByUnit) {
        CampaignData data = basis.data;
        List<String> names = basis.scheme.categories().stream()
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
            List<BigDecimal> scores = basis.scheme.categories().stream()
                    .map(c -> r == null ? BigDecimal.ZERO : r.categoryScores().getOrDefault(c.id(), BigDecimal.ZERO))
                    .toList();
            rows.add(new RankingRow(
                    a.getRankNo() == null ? position : a.getRankNo(),
                    cadre.name(),
                    cadre.unitName(),
                    cadre.postName(),
                    scores,
                    a.getTotal() == null ? BigDecimal.ZERO : a.getTotal(),
                    basis.grade(a),
                    !Boolean.FALSE.equals(a.getEligible()),
                    data.underAppeal().contains(a.getId()),
                    remark(r, cadre)));
        }
        return new RankingReport(basis.header(), names, groupByUnit, rows);
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
}
