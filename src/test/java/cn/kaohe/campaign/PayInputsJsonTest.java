package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The records that gained fields in issue 13 still read from JSON through their canonical constructors. */
class PayInputsJsonTest {

    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void anOpeningRequestCarriesThePoolAndThePayoutPeriod() throws Exception {
        OpenCampaign c = json.readValue(
                "{\"unitId\":1,\"cycle\":\"MONTHLY\",\"period\":\"2026-09\",\"schemeVersionId\":2,"
                        + "\"payPool\":86000,\"payoutPeriod\":\"2026-Q3\"}",
                OpenCampaign.class);
        assertThat(c.payPool()).isEqualByComparingTo("86000");
        assertThat(c.payoutPeriod()).isEqualTo("2026-Q3");
    }

    @Test
    void anEngineInputCarriesThePayoutAndFactsCountedElsewhere() throws Exception {
        ScoringInput in = json.readValue(
                "{\"period\":\"2026-09\",\"payout\":{\"label\":\"2026-Q3\",\"priorPeriods\":[\"2026-07\",\"2026-08\"],"
                        + "\"due\":true},\"facts\":[{\"id\":\"L1\",\"type\":\"CENSURE\",\"countedIn\":\"2026年第3季度\"}]}",
                ScoringInput.class);
        assertThat(in.payout().priorPeriods()).containsExactly("2026-07", "2026-08");
        assertThat(in.facts().get(0).countedIn()).isEqualTo("2026年第3季度");
    }
}
