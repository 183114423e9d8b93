package cn.kaohe.report;

import cn.kaohe.appeal.Appeal;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.model.AppealRegisterReport;
import cn.kaohe.report.model.AppealRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 申诉处理登记表: every appeal with its filing, forwarding and decision times against their deadlines, the outcome and
 * what it changed (or that the change was withdrawn).
 */
final class AppealRegisterBuilder {

    private final ReportBasis basis;

    AppealRegisterBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    AppealRegisterReport build() {
        CampaignData data = basis.data;
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
                    ReportBasis.local(appeal.getFiledAt()),
                    appeal.getGrounds(),
                    ReportBasis.local(appeal.getForwardDue()),
                    ReportBasis.local(appeal.getForwardedAt()),
                    ReportBasis.local(appeal.getDecisionDue()),
                    ReportBasis.local(appeal.getDecidedAt()),
                    appeal.getOutcome() == null ? null : appeal.getOutcome().label(),
                    changes(appeal, appealsInForce)));
        }
        return new AppealRegisterReport(basis.header(), rows);
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
}
