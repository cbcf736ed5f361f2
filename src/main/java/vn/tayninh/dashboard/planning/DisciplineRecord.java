package vn.tayninh.dashboard.planning;

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
import vn.tayninh.dashboard.cadre.Cadre;

/** A discipline (kỷ luật) of a cadre; changed only through {@link DisciplineRecords}. */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DisciplineKind kind;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "decision_number", length = 60)
    private String decisionNumber;

    @Version
    private long version;

    protected DisciplineRecord() {
    }

    DisciplineRecord(Cadre cadre, DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
        this.cadre = cadre;
        this.kind = kind;
        this.decisionDate = decisionDate;
        this.decisionNumber = decisionNumber;
    }

    public Long getId() {
        return id;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public DisciplineKind getKind() {
        return kind;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public long getVersion() {
        return version;
    }

    void change(DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
        this.kind = kind;
        this.decisionDate = decisionDate;
        this.decisionNumber = decisionNumber;
    }
}
