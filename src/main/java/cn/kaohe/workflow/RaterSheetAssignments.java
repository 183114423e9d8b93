package cn.kaohe.workflow;

import cn.kaohe.campaign.RaterSheets;
import java.util.List;
import org.springframework.stereotype.Component;

/** Read by campaign.bpmn's multi-instance rating-sheet task: who gets a sheet (logins, held only in the expression). */
@Component("raterSheetAssignments")
public class RaterSheetAssignments {

    private final RaterSheets sheets;

    RaterSheetAssignments(RaterSheets sheets) {
        this.sheets = sheets;
    }

    public List<String> raters(Object campaignId) {
        return sheets.assign(((Number) campaignId).longValue());
    }
}
