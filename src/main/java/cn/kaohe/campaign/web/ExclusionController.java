package cn.kaohe.campaign.web;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.CampaignExclusions;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subjects the office takes out of a campaign's ranking, with a reason (seed 004 第二十九、三十条), before the ranking
 * only; audited (docs/adr/0017).
 */
@RestController
@RequestMapping("/api/campaigns/{id}/exclusions")
class ExclusionController {

    private final CampaignExclusions exclusions;

    ExclusionController(CampaignExclusions exclusions) {
        this.exclusions = exclusions;
    }

    record ExclusionView(Long assessmentId, Long cadreId, Long subjectUnitId, String reason) {
        static ExclusionView of(Assessment a) {
            return new ExclusionView(a.getId(), a.getCadreId(), a.getSubjectUnitId(), a.getExcludedReason());
        }
    }

    record ExclusionRequest(String reason) {}

    @GetMapping
    List<ExclusionView> list(@PathVariable long id) {
        return exclusions.excluded(id).stream().map(ExclusionView::of).toList();
    }

    @PutMapping("/{assessmentId}")
    ExclusionView exclude(
            @PathVariable long id, @PathVariable long assessmentId, @RequestBody(required = false) ExclusionRequest r) {
        return ExclusionView.of(exclusions.exclude(id, assessmentId, r == null ? null : r.reason()));
    }

    @DeleteMapping("/{assessmentId}")
    ExclusionView include(@PathVariable long id, @PathVariable long assessmentId, @RequestParam String reason) {
        return ExclusionView.of(exclusions.include(id, assessmentId, reason));
    }
}
