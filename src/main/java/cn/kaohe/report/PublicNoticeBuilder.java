package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.model.NoticeRow;
import cn.kaohe.report.model.PublicNoticeReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 公示名单: every assessed cadre with total and grade, the notice window and where to send objections. */
final class PublicNoticeBuilder {

    private final ReportBasis basis;

    PublicNoticeBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    PublicNoticeReport build() {
        Campaign campaign = basis.campaign;
        List<NoticeRow> rows = new ArrayList<>();
        int seq = 0;
        for (Assessment a : basis.data.assessments()) {
            CadreInfo cadre = basis.data.cadre(a);
            rows.add(new NoticeRow(
                    ++seq, cadre.name(), cadre.unitName(), cadre.postName(), a.getTotal(), basis.grade(a)));
        }
        LocalDate start = ReportBasis.date(campaign.getNoticeStart());
        return new PublicNoticeReport(
                basis.header(),
                start,
                ReportNotes.lastDay(campaign.getNoticeEnd()),
                campaign.getNoticeWorkingDays(),
                basis.office(),
                "书面材料请署真实姓名，送" + basis.office(),
                basis.committee(),
                start,
                rows);
    }
}
