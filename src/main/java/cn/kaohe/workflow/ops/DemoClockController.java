package cn.kaohe.workflow.ops;

import java.security.Principal;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 演示时钟 (demo profile only; {@code /api/admin/**} is for administrators): read the clock and the next timers,
 * move it forward by hours or days. Page: {@code /demo-clock.html}.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/admin/demo-clock")
class DemoClockController {

    private final DemoClock clock;

    DemoClockController(DemoClock clock) {
        this.clock = clock;
    }

    @GetMapping
    DemoClock.State state() {
        return clock.state();
    }

    @PostMapping("/advance")
    DemoClock.State advance(@RequestBody(required = false) DemoClock.Move move, Principal principal) {
        return clock.advance(move, principal.getName());
    }
}
