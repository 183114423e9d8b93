package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Campaign events are stored as JSON in Spring Modulith's event publication registry and read back when a publication
 * is resubmitted (ADR 0024): every event survives the round trip with its id, and two events of one step are two.
 */
class CampaignEventJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyEventReadsBackEqualWithItsId() throws Exception {
        List<CampaignEvent> events = List.of(
                new CampaignEvent.Ranked(7L),
                new CampaignEvent.NoticeOpened(7L),
                new CampaignEvent.Finalised(7L),
                new CampaignEvent.ResultsChanged(7L, 11L));
        for (CampaignEvent event : events) {
            String text = json.writeValueAsString(event);
            assertThat(text)
                    .startsWith("{\"campaignId\":7,")
                    .contains(event.eventId().toString());
            assertThat(json.readValue(text, event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void twoEventsOfTheSameStepAreTwo() {
        assertThat(new CampaignEvent.ResultsChanged(7L, 11L)).isNotEqualTo(new CampaignEvent.ResultsChanged(7L, 11L));
    }

    @Test
    void theOutboxRowsOfV38ReadBackAsEvents() throws Exception {
        UUID id = UUID.randomUUID();
        // the JSON V38_1 writes for report jobs left by the old outbox
        assertThat(json.readValue(
                        "{\"campaignId\":5,\"appealId\":0,\"eventId\":\"" + id + "\"}",
                        CampaignEvent.ResultsChanged.class))
                .isEqualTo(new CampaignEvent.ResultsChanged(5L, 0L, id));
        assertThat(json.readValue("{\"campaignId\":5,\"eventId\":\"" + id + "\"}", CampaignEvent.Finalised.class))
                .isEqualTo(new CampaignEvent.Finalised(5L, id));
    }
}
