package cn.kaohe.architecture;

import cn.kaohe.KaoheApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublishedApis() {
        ApplicationModules.of(KaoheApplication.class).verify();
    }
}
