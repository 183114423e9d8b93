package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.model.ResultNotice;
import cn.kaohe.report.model.ResultNoticeReport;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.shared.KaoheZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 考核结果通知书: per cadre the total, grade, rank, 评先评优资格 and pay, what raised or lowered the score, and the last day
 * to appeal.
 */
final class ResultNoticeBuilder {

    /** Engine reason codes that concern 评先评优资格. */
    private static final Set<String> ELIGIBILITY_CODES = Set.of("NO_EXCELLENCE", "BELOW_EXCELLENCE_MINIMUM");

    private final ReportBasis basis;

    ResultNoticeBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    /** The notices of all assessments, or of the one with {@code assessmentId}. */
    ResultNoticeReport build(Long assessmentId) {
        CampaignData data = basis.data;
        Campaign campaign = basis.campaign;
        int ranked = (int)
                data.assessments().stream().filter(a -> a.getRankNo() != null).count();
        LocalDate deadline = campaign.getFinalisedAt() != null
                ? ReportBasis.date(campaign.getFinalisedAt())
                        .plusDays(data.settings().appealWindowDays())
                : campaign.getNoticeEnd() != null
                        ? ReportBasis.date(campaign.getNoticeEnd())
                        : LocalDate.ofInstant(data.dataTime(), KaoheZone.ZONE)
                                .plusDays(data.settings().appealWindowDays());
        boolean paid = basis.scheme.pay().mode() != PayMode.NONE;
        List<ResultNotice> notices = new ArrayList<>();
        for (Assessment a : basis.selected(assessmentId)) {
            SubjectResult r = data.results().get(a.getId());
            CadreInfo cadre = data.cadre(a);
            notices.add(new ResultNotice(
                    cadre.name(),
                    cadre.unitName(),
                    cadre.postName(),
                    a.getTotal(),
                    basis.grade(a),
                    a.getRankNo() == null ? 0 : a.getRankNo(),
                    ranked,
                    !Boolean.FALSE.equals(a.getEligible()),
                    ReportBasis.reasons(r, x -> ELIGIBILITY_CODES.contains(x.code())),
                    paid ? a.getPay() : null,
                    highlights(r),
                    basis.office(),
                    deadline));
        }
        LocalDate issuedOn = campaign.getFinalisedAt() != null
                ? ReportBasis.date(campaign.getFinalisedAt())
                : LocalDate.ofInstant(data.dataTime(), KaoheZone.ZONE);
        return new ResultNoticeReport(basis.header(), basis.committee(), issuedOn, notices);
    }

    private String highlights(SubjectResult r) {
        if (r == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ExplanationLine line : r.explanation()) {
            if (!basis.isCategory(line.ruleId())) {
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
        if (r.pay() != null && basis.scheme.pay().mode() != PayMode.NONE) {
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
}
