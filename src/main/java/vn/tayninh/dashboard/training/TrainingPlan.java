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
import java.time.Instant;

/** One version of the training plan 2027–2030: its courses and participants hang off it. */
@Entity
@Table(name = "training_plan")
public class TrainingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanState state;

    /** The version this draft was copied from; null for a plan started empty. */
    @Column(name = "based_on")
    private Long basedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "adopted_by", length = 80)
    private String adoptedBy;

    @Version
    private long version;

    protected TrainingPlan() {
    }

    TrainingPlan(String name, Long basedOn, Instant createdAt, String createdBy) {
        this.name = name;
        this.basedOn = basedOn;
        this.state = PlanState.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public PlanState getState() {
        return state;
    }

    void adopt(Instant at, String by) {
        this.state = PlanState.ADOPTED;
        this.adoptedAt = at;
        this.adoptedBy = by;
    }

    void replace() {
        this.state = PlanState.REPLACED;
    }

    public Long getBasedOn() {
        return basedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public long getVersion() {
        return version;
    }
}
