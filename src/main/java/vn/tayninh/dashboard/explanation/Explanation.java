package vn.tayninh.dashboard.explanation;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.BatchSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.commune.Commune;

/**
 * A request for a commune to explain a target at a reporting date, with the commune's current answer and the
 * board's last comment. Changed only through {@link Explanations}, which keeps the states' order and the history.
 */
@Entity
@Table(name = "explanation")
public class Explanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Column(name = "target_code", nullable = false, length = 8)
    private String targetCode;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "request_text", nullable = false, length = 1000)
    private String request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExplanationState state;

    @Column(length = 2000)
    private String cause;

    @Column(length = 2000)
    private String remedy;

    @Column(name = "expected_by")
    private LocalDate expectedBy;

    @Column(name = "return_comment", length = 1000)
    private String returnComment;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /**
     * The target's code while the request is open, null once accepted: the database's unique index over the commune
     * and this column keeps a second open request on the same target from being written, even at the same moment.
     */
    @Column(name = "open_target", length = 8)
    private String openTarget;

    /** Whether the daily check has announced that the request went overdue; it does so once per request. */
    @Column(name = "overdue_announced", nullable = false)
    private boolean overdueAnnounced;

    @OneToMany(mappedBy = "explanation", cascade = CascadeType.ALL)
    @BatchSize(size = 100)
    @OrderBy("id")
    private List<ExplanationStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Explanation() {
    }

    Explanation(Commune commune, String targetCode, LocalDate asOf, LocalDate dueDate, String request,
                String requestedBy, Instant requestedAt) {
        this.commune = commune;
        this.targetCode = targetCode;
        this.asOf = asOf;
        this.dueDate = dueDate;
        this.request = request;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = ExplanationState.REQUESTED;
        this.openTarget = targetCode;
        steps.add(new ExplanationStep(this, ExplanationState.REQUESTED, requestedBy, requestedAt, request, null, null));
    }

    void answer(String cause, String remedy, LocalDate expectedBy, String actor, Instant at) {
        this.cause = cause;
        this.remedy = remedy;
        this.expectedBy = expectedBy;
        this.state = ExplanationState.ANSWERED;
        steps.add(new ExplanationStep(this, ExplanationState.ANSWERED, actor, at, cause, remedy, expectedBy));
    }

    void accept(String actor, Instant at) {
        this.state = ExplanationState.ACCEPTED;
        this.openTarget = null;
        steps.add(new ExplanationStep(this, ExplanationState.ACCEPTED, actor, at, null, null, null));
    }

    void giveBack(String comment, String actor, Instant at) {
        this.returnComment = comment;
        this.state = ExplanationState.RETURNED;
        steps.add(new ExplanationStep(this, ExplanationState.RETURNED, actor, at, comment, null, null));
    }

    /** Unanswered or returned past the due date. */
    public boolean isOverdue(LocalDate today) {
        return (state == ExplanationState.REQUESTED || state == ExplanationState.RETURNED) && today.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getRequest() {
        return request;
    }

    public ExplanationState getState() {
        return state;
    }

    public String getCause() {
        return cause;
    }

    public String getRemedy() {
        return remedy;
    }

    public LocalDate getExpectedBy() {
        return expectedBy;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public boolean isOverdueAnnounced() {
        return overdueAnnounced;
    }

    public List<ExplanationStep> getSteps() {
        return steps;
    }

    public long getVersion() {
        return version;
    }
}
