package cn.kaohe.campaign;

import cn.kaohe.shared.KaoheException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The guard that an appeal never makes the appellant's result worse (不因申诉加重处理). */
final class NoWorse {

    private NoWorse() {}

    static void check(Map<String, Object> before, Map<String, Object> after, List<String> gradeOrder) {
        BigDecimal b = decimal(before.get("total"));
        BigDecimal a = decimal(after.get("total"));
        if (b != null && a != null && a.compareTo(b) < 0) {
            throw new KaoheException(CampaignError.APPEAL_WOULD_WORSEN, "总分", b.toPlainString(), a.toPlainString());
        }
        Object gb = before.get("grade");
        Object ga = after.get("grade");
        if (gb != null && ga != null && gradeOrder.indexOf(ga) > gradeOrder.indexOf(gb)) {
            throw new KaoheException(CampaignError.APPEAL_WOULD_WORSEN, "等次", gb, ga);
        }
        if (Boolean.TRUE.equals(before.get("eligible")) && Boolean.FALSE.equals(after.get("eligible"))) {
            throw new KaoheException(CampaignError.APPEAL_WOULD_WORSEN, "评先评优资格", "有", "无");
        }
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
