package cn.kaohe.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/** One cadre's assessment in a campaign: self-evaluation, superior rating, result. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(name = "leader_id")
    private Long leaderId;

    /** The unit assessed when the scheme assesses units (its head is {@link #cadreId}); null for cadres. */
    @Column(name = "subject_unit_id")
    private Long subjectUnitId;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "self_summary")
    private String selfSummary;

    @Convert(converter = ScoresConverter.class)
    @Mutability(Immutability.class) // replaced, never changed in place (frozen): no JSON round trip to copy or compare
    @Column(name = "self_scores")
    private Map<String, BigDecimal> selfScores;

    @Column(name = "self_attachments")
    private String selfAttachments;

    @Column(name = "self_saved_at")
    private OffsetDateTime selfSavedAt;

    @Column(name = "self_submitted_at")
    private OffsetDateTime selfSubmittedAt;

    @Convert(converter = ScoresConverter.class)
    @Mutability(Immutability.class) // replaced, never changed in place (frozen): no JSON round trip to copy or compare
    @Column(name = "rating_scores")
    private Map<String, BigDecimal> ratingScores;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_by")
    private String ratedBy;

    @Column(name = "rated_at")
    private OffsetDateTime ratedAt;

    @Column(name = "returned_reason")
    private String returnedReason;

    private BigDecimal total;

    private String grade;

    @Column(name = "grade_label")
    private String gradeLabel;

    @Column(name = "rank_no")
    private Integer rankNo;

    private Boolean eligible;

    private BigDecimal pay;

    /** The scoring engine's explained result for this cadre, as JSON. */
    private String result;

    private boolean locked;

    /** Taken out of the campaign's ranking by the office, with this reason (seed 004 第二十九、三十条). */
    @Column(name = "excluded_reason")
    private String excludedReason;

    @Version
    private long version;

    protected Assessment() {}

    Assessment(Long campaignId, Long cadreId, Long leaderId) {
        this(campaignId, cadreId, leaderId, null);
    }

    Assessment(Long campaignId, Long cadreId, Long leaderId, Long subjectUnitId) {
        this.campaignId = campaignId;
        this.cadreId = cadreId;
        this.leaderId = leaderId;
        this.subjectUnitId = subjectUnitId;
        this.status = AssessmentStatus.SELF_EVALUATION;
    }

    void saveDraft(String summary, Map<String, BigDecimal> scores, String attachments, OffsetDateTime at) {
        this.selfSummary = summary;
        this.selfScores = ScoresConverter.frozen(scores);
        this.selfAttachments = attachments;
        this.selfSavedAt = at;
    }

    void submitSelfEvaluation(String summary, Map<String, BigDecimal> scores, String attachments, OffsetDateTime at) {
        saveDraft(summary, scores, attachments, at);
        this.selfSubmittedAt = at;
        this.status = AssessmentStatus.RATING;
    }

    void rate(Map<String, BigDecimal> scores, String comment, String by, OffsetDateTime at) {
        this.ratingScores = ScoresConverter.frozen(scores);
        this.ratingComment = comment;
        this.ratedBy = by;
        this.ratedAt = at;
        this.returnedReason = null;
        this.status = AssessmentStatus.RATED;
    }

    void returnToCadre(String reason) {
        this.returnedReason = reason;
        this.status = AssessmentStatus.SELF_EVALUATION;
    }

    void scored(
            BigDecimal total,
            String grade,
            String gradeLabel,
            Integer rank,
            Boolean eligible,
            BigDecimal pay,
            String result) {
        this.total = total;
        this.grade = grade;
        this.gradeLabel = gradeLabel;
        this.rankNo = rank;
        this.eligible = eligible;
        this.pay = pay;
        this.result = result;
    }

    void exclude(String reason) {
        this.excludedReason = reason;
    }

    public String getExcludedReason() {
        return excludedReason;
    }

    void lock() {
        this.locked = true;
        this.status = AssessmentStatus.FINAL;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public Long getSubjectUnitId() {
        return subjectUnitId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getSelfSummary() {
        return selfSummary;
    }

    public Map<String, BigDecimal> getSelfScores() {
        return selfScores;
    }

    public String getSelfAttachments() {
        return selfAttachments;
    }

    public OffsetDateTime getSelfSavedAt() {
        return selfSavedAt;
    }

    public OffsetDateTime getSelfSubmittedAt() {
        return selfSubmittedAt;
    }

    public Map<String, BigDecimal> getRatingScores() {
        return ratingScores;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getGrade() {
        return grade;
    }

    public String getGradeLabel() {
        return gradeLabel;
    }

    public Integer getRankNo() {
        return rankNo;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public BigDecimal getPay() {
        return pay;
    }

    public String getResult() {
        return result;
    }

    public boolean isLocked() {
        return locked;
    }

    public long getVersion() {
        return version;
    }
}
