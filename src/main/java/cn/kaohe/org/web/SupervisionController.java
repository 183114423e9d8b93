package cn.kaohe.org.web;

import cn.kaohe.org.CommitteeView;
import cn.kaohe.org.LeaderSupervision;
import cn.kaohe.org.OrgService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who supervises whom (分管) and the assessment committee (考核领导小组). */
@RestController
class SupervisionController {

    private final OrgService org;

    SupervisionController(OrgService org) {
        this.org = org;
    }

    @GetMapping("/api/supervision")
    List<LeaderSupervision> supervision() {
        return org.supervision();
    }

    @GetMapping("/api/committee")
    CommitteeView committee() {
        return org.committee();
    }
}
