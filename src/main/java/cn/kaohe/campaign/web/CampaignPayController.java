package cn.kaohe.campaign.web;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignPayInputs;
import cn.kaohe.campaign.CampaignService;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The office's pay inputs of a campaign (奖金总额, 发放期间): read, and change before the ranking with a reason. */
@RestController
@RequestMapping("/api/campaigns/{id}/pay-inputs")
class CampaignPayController {

    private final CampaignPayInputs payInputs;
    private final CampaignService campaigns;

    CampaignPayController(CampaignPayInputs payInputs, CampaignService campaigns) {
        this.payInputs = payInputs;
        this.campaigns = campaigns;
    }

    record PayInputsView(Long campaignId, BigDecimal payPool, String payoutPeriod) {
        static PayInputsView of(Campaign c) {
            return new PayInputsView(
                    c.getId(), c.getPayPool(), c.getPayoutPeriod() == null ? c.getPeriodLabel() : c.getPayoutPeriod());
        }
    }

    record ChangeRequest(BigDecimal payPool, String payoutPeriod, String reason) {}

    @GetMapping
    PayInputsView get(@PathVariable long id) {
        return PayInputsView.of(campaigns.campaign(id));
    }

    @PutMapping
    PayInputsView change(@PathVariable long id, @RequestBody ChangeRequest request) {
        ChangeRequest r = request == null ? new ChangeRequest(null, null, null) : request;
        return PayInputsView.of(payInputs.change(id, r.payPool(), r.payoutPeriod(), r.reason()));
    }
}
