package cn.kaohe.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A rating of a rater group other than the supervising leader (领导小组测评, 民主测评, 村等次…), entered by the
 * office from the evaluation sheets. Anonymous groups keep no rater.
 */
@Entity
@Table(name = "group_rating")
public class GroupRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(name = "rater_group")
    private String raterGroup;

    private String rater;

    private String part;

    private BigDecimal score;

    private String grade;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    protected GroupRating() {}

    GroupRating(
            Long campaignId,
            Long cadreId,
            String raterGroup,
            String rater,
            String part,
            BigDecimal score,
            String grade,
            String enteredBy,
            OffsetDateTime enteredAt) {
        this.campaignId = campaignId;
        this.cadreId = cadreId;
        this.raterGroup = raterGroup;
        this.rater = rater;
        this.part = part;
        this.score = score;
        this.grade = grade;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
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

    public String getRaterGroup() {
        return raterGroup;
    }

    public String getRater() {
        return rater;
    }

    public String getPart() {
        return part;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getGrade() {
        return grade;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public OffsetDateTime getEnteredAt() {
        return enteredAt;
    }
}
