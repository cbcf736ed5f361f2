package vn.tayninh.dashboard.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A course of a training plan version: what it gives, when it runs, and its places, in total or for each commune.
 * Part-time courses (không tập trung) have the age conditions of Quy định 350-QĐ/TW for political theory.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int places;

    @Column(name = "per_commune", nullable = false)
    private boolean perCommune;

    @Column(name = "part_time", nullable = false)
    private boolean partTime;

    @Version
    private long version;

    protected TrainingCourse() {
    }

    TrainingCourse(long planId, CourseForm form) {
        this.planId = planId;
        apply(form);
    }

    void apply(CourseForm form) {
        this.kind = form.kind();
        this.title = form.title();
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.places = form.places();
        this.perCommune = form.perCommune();
        this.partTime = form.partTime();
    }

    public CourseForm form() {
        return new CourseForm(kind, title, startDate, endDate, places, perCommune, partTime);
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public CourseKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getPlaces() {
        return places;
    }

    public boolean isPerCommune() {
        return perCommune;
    }

    public boolean isPartTime() {
        return partTime;
    }

    public long getVersion() {
        return version;
    }
}
