package cn.kaohe.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A stored scheme version: the rules document (YAML) and the process settings of this version. Until a campaign
 * uses it, a version is a draft the office may still correct (each correction audited with its text before and
 * after); once a campaign uses it, it is frozen and never changes again (a change is then a new version).
 */
@Entity
@Table(name = "scheme_version")
public class StoredScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "version_no")
    private int versionNo;

    private String name;

    private String document;

    private String checksum;

    private boolean frozen;

    private String preset;

    @Column(name = "notice_working_days")
    private int noticeWorkingDays;

    @Column(name = "appeal_window_days")
    private int appealWindowDays;

    @Column(name = "appeal_forward_hours")
    private int appealForwardHours;

    @Column(name = "appeal_decision_days")
    private int appealDecisionDays;

    @Column(name = "public_notice")
    private boolean publicNotice = true;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "frozen_at")
    private OffsetDateTime frozenAt;

    @Version
    private long version;

    protected StoredScheme() {}

    StoredScheme(
            String code,
            int versionNo,
            String name,
            String document,
            String checksum,
            String preset,
            ProcessSettings settings,
            String createdBy,
            OffsetDateTime createdAt) {
        this.code = code;
        this.versionNo = versionNo;
        this.name = name;
        this.document = document;
        this.checksum = checksum;
        this.preset = preset;
        this.noticeWorkingDays = settings.noticeWorkingDays();
        this.appealWindowDays = settings.appealWindowDays();
        this.appealForwardHours = settings.appealForwardHours();
        this.appealDecisionDays = settings.appealDecisionDays();
        this.publicNotice = settings.publicNotice();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A draft's new text (only while no campaign uses it: the catalog checks {@link #isFrozen()}). */
    void revise(String name, String document, String checksum) {
        this.name = name;
        this.document = document;
        this.checksum = checksum;
    }

    void freeze(OffsetDateTime at) {
        if (!frozen) {
            frozen = true;
            frozenAt = at;
        }
    }

    public ProcessSettings settings() {
        return new ProcessSettings(
                noticeWorkingDays, appealWindowDays, appealForwardHours, appealDecisionDays, publicNotice);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getName() {
        return name;
    }

    public String getDocument() {
        return document;
    }

    public String getChecksum() {
        return checksum;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public String getPreset() {
        return preset;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getFrozenAt() {
        return frozenAt;
    }
}
