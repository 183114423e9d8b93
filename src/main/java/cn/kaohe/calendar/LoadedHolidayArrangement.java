package cn.kaohe.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The holiday arrangement of one year as loaded by the office: the document as submitted, who, when. */
@Entity
@Table(name = "holiday_arrangement")
class LoadedHolidayArrangement {

    @Id
    @Column(name = "arrangement_year")
    private Integer year;

    @Column(name = "notice")
    private String notice;

    @Column(nullable = false)
    private String document;

    @Column(name = "document_format", nullable = false)
    private String documentFormat;

    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private OffsetDateTime loadedAt;

    @Column(nullable = false)
    private long revision;

    @Version
    private Long version;

    protected LoadedHolidayArrangement() {}

    LoadedHolidayArrangement(int year) {
        this.year = year;
    }

    void replace(
            String notice,
            String document,
            String documentFormat,
            String loadedBy,
            OffsetDateTime loadedAt,
            long revision) {
        this.revision = revision;
        this.notice = notice;
        this.document = document;
        this.documentFormat = documentFormat;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    int getYear() {
        return year;
    }

    String getNotice() {
        return notice;
    }

    String getDocument() {
        return document;
    }

    String getDocumentFormat() {
        return documentFormat;
    }

    String getLoadedBy() {
        return loadedBy;
    }

    OffsetDateTime getLoadedAt() {
        return loadedAt;
    }

    long getRevision() {
        return revision;
    }
}
