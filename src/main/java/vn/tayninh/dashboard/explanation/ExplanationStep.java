package vn.tayninh.dashboard.explanation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step taken on a request for explanation, never changed: who took it, when, and what they wrote. */
@Entity
@Table(name = "explanation_step")
public class ExplanationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "explanation_id")
    private Explanation explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExplanationState state;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    /** The request's text, the return's comment, or the answer's cause. */
    @Column(length = 2000)
    private String note;

    @Column(length = 2000)
    private String remedy;

    @Column(name = "expected_by")
    private LocalDate expectedBy;

    protected ExplanationStep() {
    }

    ExplanationStep(Explanation explanation, ExplanationState state, String actor, Instant takenAt, String note,
                    String remedy, LocalDate expectedBy) {
        this.explanation = explanation;
        this.state = state;
        this.actor = actor;
        this.takenAt = takenAt;
        this.note = note;
        this.remedy = remedy;
        this.expectedBy = expectedBy;
    }

    public ExplanationState getState() {
        return state;
    }

    public String getActor() {
        return actor;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getNote() {
        return note;
    }

    public String getRemedy() {
        return remedy;
    }

    public LocalDate getExpectedBy() {
        return expectedBy;
    }
}
