package cn.kaohe.campaign;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign module's entry point (考核批次), a thin facade kept so that callers stay unchanged: every method forwards
 * to the use case that owns it — {@link CampaignOpener} (opening, cancelling), {@link CampaignRanking} (scores, ranking,
 * the committee's adjustments), {@link CampaignReview} (the committee's decision, rework), {@link CampaignNotice}
 * (public notice, waiting for appeals, finalisation), {@link AppealImpacts} (an appeal decision's changes) and
 * {@link CampaignQueries} (reads). Each entry point keeps the transaction it always had (docs/adr/0022).
 */
@Service
public class CampaignService {

    /** The sort keys of a page of campaigns (issue 16). */
    public static final Set<String> SORT_KEYS = CampaignQueries.SORT_KEYS;

    private final CampaignOpener opener;
    private final CampaignRanking ranking;
    private final CampaignReview review;
    private final CampaignNotice notice;
    private final AppealImpacts appealImpacts;
    private final CampaignQueries queries;
    private final RatingProgress ratings;

    CampaignService(
            CampaignOpener opener,
            CampaignRanking ranking,
            CampaignReview review,
            CampaignNotice notice,
            AppealImpacts appealImpacts,
            CampaignQueries queries,
            RatingProgress ratings) {
        this.opener = opener;
        this.ranking = ranking;
        this.review = review;
        this.notice = notice;
        this.appealImpacts = appealImpacts;
        this.queries = queries;
        this.ratings = ratings;
    }

    /** One change an appeal decision makes: a category id, {@code TOTAL} or {@code GRADE}, and the new value. */
    public record Change(String target, String value) {}

    /** What an appeal decision did: the appellant before/after and the other cadres whose results changed. */
    public record AppealImpact(
            Map<String, Object> before, Map<String, Object> after, List<Map<String, Object>> othersChanged) {}

    /** Opens a campaign: validates everything first, then freezes the scheme and starts the process. */
    @Transactional
    public Campaign open(OpenCampaign command) {
        return opener.open(command);
    }

    /** Cancels a campaign opened by mistake ({@link CampaignOpener#cancel}). */
    @Transactional
    public void cancel(long campaignId, String reason) {
        opener.cancel(campaignId, reason);
    }

    /** Scores one assessment after a step ({@link CampaignRanking#scoreAfterStep}). */
    @Transactional
    public void scoreAfterStep(long assessmentId, boolean rated) {
        ranking.scoreAfterStep(assessmentId, rated);
    }

    /**
     * Moves the campaign on when every assessment is rated and it still waits for ratings (in a transaction of its
     * own, the campaign row locked); answers whether it was moved. The periodic re-check uses this.
     */
    public boolean moveOnIfAllRated(long campaignId) {
        return ratings.signalIfAllRated(campaignId);
    }

    /**
     * Moves on the campaigns whose last rating committed on this thread (called by the task inbox once its transaction
     * is over and its connection given back); answers how many moved.
     */
    public int moveOnCommittedRatings() {
        return ratings.signalCommitted();
    }

    /** Ranks and grades the whole campaign for the committee ({@link CampaignRanking#rank}). */
    @Transactional
    public void rank(long campaignId) {
        ranking.rank(campaignId);
    }

    /** The whole campaign scored again with the adjustments in force (the caller holds the campaign row lock). */
    CampaignScorer.CampaignResult rescore(Campaign campaign) {
        return ranking.rescore(campaign);
    }

    /** The committee changes a score or grade ({@link CampaignRanking#adjust}). */
    @Transactional
    public ResultAdjustment adjust(long assessmentId, String target, String newValue, String reason) {
        return ranking.adjust(assessmentId, target, newValue, reason);
    }

    /** The committee approves the campaign or sends it back with a reason ({@link CampaignReview#decide}). */
    @Transactional
    public void decide(long campaignId, boolean approve, String reason) {
        review.decide(campaignId, approve, reason);
    }

    /** The office has made the corrections the committee asked for ({@link CampaignReview#reworkDone}). */
    @Transactional
    public void reworkDone(long campaignId, String note) {
        review.reworkDone(campaignId, note);
    }

    /** Opens the public notice; answers when it ends ({@link CampaignNotice#openNotice}). */
    @Transactional
    public OffsetDateTime openNotice(long campaignId) {
        return notice.openNotice(campaignId);
    }

    /** True while an appeal of the campaign is open ({@link CampaignNotice#waitForAppeals}). */
    @Transactional
    public boolean waitForAppeals(long campaignId) {
        return notice.waitForAppeals(campaignId);
    }

    /** The campaign locked until the caller's transaction ends ({@link CampaignNotice#lockForAppeals}). */
    @Transactional
    public Campaign lockForAppeals(long campaignId) {
        return notice.lockForAppeals(campaignId);
    }

    /** Campaigns waiting for appeals that have none open any more. */
    @Transactional(readOnly = true)
    public List<Long> waitingWithoutOpenAppeals() {
        return notice.waitingWithoutOpenAppeals();
    }

    /** Locks every result, tells each cadre in writing, archives the campaign ({@link CampaignNotice#finalise}). */
    @Transactional
    public void finalise(long campaignId) {
        notice.finalise(campaignId);
    }

    /** Applies the changes an appeal decision makes and re-ranks ({@link AppealImpacts#applyAppealAdjustments}). */
    @Transactional
    public AppealImpact applyAppealAdjustments(
            long assessmentId, List<Change> changes, String reason, long appealId, List<String> gradeOrder) {
        return appealImpacts.applyAppealAdjustments(assessmentId, changes, reason, appealId, gradeOrder);
    }

    /** How many assessments of the campaign are rated, read from the assessments. */
    @Transactional(readOnly = true)
    public long ratedCount(long campaignId) {
        return queries.ratedCount(campaignId);
    }

    /** {@link CampaignQueries#ratedCounts}. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> ratedCounts(java.util.Collection<Long> campaignIds) {
        return queries.ratedCounts(campaignIds);
    }

    /** Campaigns in progress whose assessments are all rated ({@link CampaignQueries#inProgressAllRated}). */
    @Transactional(readOnly = true)
    public List<Long> inProgressAllRated() {
        return queries.inProgressAllRated();
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long id) {
        return queries.campaign(id);
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return queries.all();
    }

    /** One page of campaigns, searched by part of the name or period and sorted by the database (issue 16). */
    @Transactional(readOnly = true)
    public PageSpec.Page<Campaign> page(String q, PageSpec spec) {
        return queries.page(q, spec);
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        return queries.assessment(id);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(long campaignId) {
        return queries.assessments(campaignId);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessmentsOfCadre(long cadreId) {
        return queries.assessmentsOfCadre(cadreId);
    }

    @Transactional(readOnly = true)
    public List<ResultAdjustment> adjustments(long campaignId) {
        return queries.adjustments(campaignId);
    }

    static void requireStatus(Campaign campaign, CampaignStatus expected, String action) {
        if (campaign.getStatus() != expected) {
            throw new KaoheException(
                    CampaignError.WRONG_STEP, campaign.getStatus().label(), action);
        }
    }

    static Map<String, Object> snapshot(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", a.getTotal() == null ? null : a.getTotal().toPlainString());
        m.put("grade", a.getGrade());
        m.put("rank", a.getRankNo());
        m.put("eligible", a.getEligible());
        return m;
    }
}
