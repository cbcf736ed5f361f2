package vn.tayninh.dashboard.cadre;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Position;

/**
 * A key title or committee seat held by a cadre from {@code startDate} until {@code endDate} (exclusive).
 * Appointments add a holding, departures end it; nothing is deleted, so vacancies and history follow.
 */
@Entity
@Table(name = "position_holding")
public class PositionHolding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    /** The cadre's commune, repeated so that filled seats are counted with one grouped query. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_code", nullable = false, length = 20)
    private Position position;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "decision_number", length = 60)
    private String decisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Version
    private long version;

    protected PositionHolding() {
    }

    public PositionHolding(Cadre cadre, Position position, LocalDate startDate, String decisionNumber) {
        this.cadre = cadre;
        this.commune = cadre.getCommune();
        this.position = position;
        this.startDate = startDate;
        this.decisionNumber = decisionNumber;
    }

    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    public void end(LocalDate date, EndReason reason) {
        this.endDate = date;
        this.endReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public Commune getCommune() {
        return commune;
    }

    public Position getPosition() {
        return position;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
