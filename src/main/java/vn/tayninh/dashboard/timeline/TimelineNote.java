package vn.tayninh.dashboard.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * An event the board marks on the charts' time axes, e.g. "Sáp nhập đơn vị hành chính" on 01/07/2025: for the whole
 * province (no commune) or for one commune, whose charts alone show it.
 */
@Entity
@Table(name = "timeline_note")
public class TimelineNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "note_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = TimelineNoteRules.TITLE_MAX)
    private String title;

    /** Null for a province-wide note. */
    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected TimelineNote() {
    }

    TimelineNote(LocalDate date, String title, Long communeId, String createdBy) {
        this.date = date;
        this.title = title;
        this.communeId = communeId;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
