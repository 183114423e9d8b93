package cn.kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class KaoheZoneTest {

    @Test
    void theConfiguredZoneIsTheOneZone() {
        assertThat(KaoheZone.checked("Asia/Shanghai")).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(KaoheZone.checked(null)).isEqualTo(KaoheZone.ZONE);
        assertThat(KaoheZone.checked(" ")).isEqualTo(KaoheZone.ZONE);
    }

    @Test
    void anotherZoneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> KaoheZone.checked("Europe/Berlin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kaohe.zone=Europe/Berlin");
    }

    @Test
    void theWorkingDayCalendarReadsTheSameZone() {
        assertThat(WorkingDayCalendar.ZONE).isSameAs(KaoheZone.ZONE);
    }
}
