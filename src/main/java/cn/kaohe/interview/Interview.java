package cn.kaohe.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An interview on an assessment's result (面谈, seed 001 篇三). */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "held_at")
    private OffsetDateTime heldAt;

    private String place;

    private String participants;

    private String topic;

    private String summary;

    @Column(name = "improvement_plan")
    private String improvementPlan;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Interview() {}

    Interview(long assessmentId, InterviewService.RecordInterview r, String recordedBy, OffsetDateTime recordedAt) {
        this.assessmentId = assessmentId;
        this.heldAt = r.heldAt();
        this.place = r.place().strip();
        this.participants = r.participants().strip();
        this.topic = r.topic() == null || r.topic().isBlank() ? null : r.topic().strip();
        this.summary = r.summary().strip();
        this.improvementPlan = r.improvementPlan().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public OffsetDateTime getHeldAt() {
        return heldAt;
    }

    public String getPlace() {
        return place;
    }

    public String getParticipants() {
        return participants;
    }

    public String getTopic() {
        return topic;
    }

    public String getSummary() {
        return summary;
    }

    public String getImprovementPlan() {
        return improvementPlan;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
