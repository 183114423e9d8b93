package cn.kaohe.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * A group rating read with plain SQL (one assessment's score after a step, {@link EngineScorer}); ratings are
     * inserted at once (identity ids) and never edited, so a copy outside the persistence context is the rating.
     */
    static GroupRating read(ResultSet rs) throws SQLException {
        GroupRating g = new GroupRating(
                rs.getObject("campaign_id", Long.class),
                rs.getObject("cadre_id", Long.class),
                rs.getString("rater_group"),
                rs.getString("rater"),
                rs.getString("part"),
                rs.getBigDecimal("score"),
                rs.getString("grade"),
                rs.getString("entered_by"),
                rs.getObject("entered_at", OffsetDateTime.class));
        g.id = rs.getLong("id");
        return g;
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
