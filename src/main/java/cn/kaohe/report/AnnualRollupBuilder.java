package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.CampaignData.PeriodResult;
import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.RollupRow;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.RollUpRule;
import cn.kaohe.shared.Cycle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 年度考核汇总表: per cadre the grade of each month or quarter of the year, a tally of the grades, the annual consequence
 * and the roll-up rules that produced it.
 */
final class AnnualRollupBuilder {

    private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final ReportBasis basis;

    AnnualRollupBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    AnnualRollupReport build() {
        CampaignData data = basis.data;
        boolean monthly = basis.campaign.getCycle() == Cycle.MONTHLY;
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
                basis.scheme.rollUps().stream().map(RollUpRule::id).collect(Collectors.toSet());
        List<RollupRow> rows = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<Long, String[]> e : grades.entrySet()) {
            String[] periodGrades = e.getValue();
            Map<String, Integer> tally = new LinkedHashMap<>();
            basis.gradeCodes().forEach(code -> tally.put(code, 0));
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
            String consequence = ReportBasis.reasons(r, x -> x.ruleId() != null && rollUpIds.contains(x.ruleId()));
            CadreInfo cadre =
                    data.cadres().getOrDefault(e.getKey(), new CadreInfo(String.valueOf(e.getKey()), "", "", false));
            List<String> shown = new ArrayList<>();
            for (String g : periodGrades) {
                shown.add(g == null ? "" : g);
            }
            rows.add(new RollupRow(++seq, cadre.name(), cadre.unitName(), shown, tallyText, annual, consequence));
        }
        return new AnnualRollupReport(basis.header(), labels, rows);
    }
}
