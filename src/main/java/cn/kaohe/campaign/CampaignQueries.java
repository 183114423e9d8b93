package cn.kaohe.campaign;

import cn.kaohe.shared.PageSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of campaigns, assessments and adjustments for pages and other modules; nothing is changed here. */
@Service
public class CampaignQueries {

    /** The sort keys of a page of campaigns (issue 16). */
    public static final Set<String> SORT_KEYS = Set.of("id", "name", "period", "status", "openedAt");

    private static final Map<String, String> CAMPAIGN_ORDER =
            Map.of("id", "id", "name", "name", "period", "periodStart", "status", "status", "openedAt", "openedAt");

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final ResultAdjustmentRepository adjustments;
    private final CampaignRows rows;
    private final RatingProgress ratings;

    CampaignQueries(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            ResultAdjustmentRepository adjustments,
            CampaignRows rows,
            RatingProgress ratings) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.adjustments = adjustments;
        this.rows = rows;
        this.ratings = ratings;
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long id) {
        return rows.campaign(id);
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.findAll(Sort.by("id").descending());
    }

    /** One page of campaigns, searched by part of the name or period and sorted by the database (issue 16). */
    @Transactional(readOnly = true)
    public PageSpec.Page<Campaign> page(String q, PageSpec spec) {
        Sort.Direction dir = spec.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort sort = Sort.by(dir, CAMPAIGN_ORDER.get(spec.sort())).and(Sort.by(dir, "id"));
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        PageRequest request = PageRequest.of(spec.page(), spec.size(), sort);
        Page<Campaign> page = like == null ? campaigns.findAll(request) : campaigns.search(like, request);
        return spec.page(page.getContent(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        return rows.assessment(id);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(long campaignId) {
        return assessments.findByCampaignIdOrderByIdAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessmentsOfCadre(long cadreId) {
        return assessments.findByCadreIdOrderByIdDesc(cadreId);
    }

    @Transactional(readOnly = true)
    public List<ResultAdjustment> adjustments(long campaignId) {
        return adjustments.findByAssessmentIdInOrderByIdAsc(
                assessments(campaignId).stream().map(Assessment::getId).toList());
    }

    /** How many assessments of the campaign are rated, read from the assessments. */
    @Transactional(readOnly = true)
    public long ratedCount(long campaignId) {
        return ratings.ratedCount(campaignId);
    }

    /** Rated assessments of several campaigns, read in one query (campaign id → count; absent means 0). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> ratedCounts(java.util.Collection<Long> campaignIds) {
        return ratings.ratedCounts(campaignIds);
    }

    /**
     * Campaigns in progress whose assessments are all rated (the periodic re-check moves on those still waiting), by
     * the same count as the signal after each rating ({@link RatingProgress#allRated}).
     */
    @Transactional(readOnly = true)
    public List<Long> inProgressAllRated() {
        return ratings.allRatedIn(CampaignStatus.IN_PROGRESS);
    }
}
