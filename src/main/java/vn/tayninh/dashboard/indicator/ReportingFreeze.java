package vn.tayninh.dashboard.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.Immutable;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;

/** A reporting date whose figures were frozen (chốt số liệu); never changed once written. */
@Entity
@Immutable
@Table(name = "reporting_freeze")
public class ReportingFreeze {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "as_of_date", nullable = false)
    private LocalDate asOfDate;

    @Column(name = "rating_year", nullable = false)
    private int ratingYear;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected ReportingFreeze() {
    }

    ReportingFreeze(LocalDate asOfDate, int ratingYear, String label, Instant createdAt, String createdBy) {
        this.asOfDate = asOfDate;
        this.ratingYear = ratingYear;
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public int getRatingYear() {
        return ratingYear;
    }

    /** The label as stored: a user's words, or a translation key for a label the application gave. */
    public String getLabel() {
        return label;
    }

    /** The label in the given language (a label given by the application takes the date as its parameter). */
    public String label(Locale locale) {
        return Translations.stored(label, locale, Formats.date(asOfDate));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
