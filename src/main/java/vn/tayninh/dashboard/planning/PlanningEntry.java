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
import java.time.Instant;
import java.time.LocalDate;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.commune.Commune;

/**
 * One person in a commune's planning pool for one title of one term ({@link PlanningKind#PLAN}), or in its source pool
 * ({@link PlanningKind#SOURCE}, no title). Proposed by the commune, approved with a decision by the board (or sent
 * back); counted in the figures on a date when approved, {@code effectiveDate <= date} and no {@code endDate} on or
 * before it. An approved entry may carry a proposed exit. Never deleted; changed only through {@link Planning}.
 */
@Entity
@Table(name = "planning_entry")
public class PlanningEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private PlanningTerm term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PlanningKind kind;

    /** Null for the source pool. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PlannedTitle title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntryState state;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposal_note", length = 1000)
    private String proposalNote;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "decision_number", length = 60)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_body", length = 200)
    private String decisionBody;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_state", length = 10)
    private ExitState exitState;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 20)
    private ExitReason exitReason;

    @Column(name = "exit_note", length = 1000)
    private String exitNote;

    @Column(name = "exit_proposed_by", length = 80)
    private String exitProposedBy;

    @Column(name = "exit_return_reason", length = 1000)
    private String exitReturnReason;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private ExitReason endReason;

    @Column(name = "end_note", length = 1000)
    private String endNote;

    @Column(name = "end_decision_number", length = 60)
    private String endDecisionNumber;

    @Column(name = "end_decision_date")
    private LocalDate endDecisionDate;

    @Version
    private long version;

    protected PlanningEntry() {
    }

    PlanningEntry(Cadre cadre, PlanningTerm term, PlanningKind kind, PlannedTitle title, String proposedBy,
                  Instant proposedAt, String proposalNote) {
        this.cadre = cadre;
        this.commune = cadre.getCommune();
        this.term = term;
        this.kind = kind;
        this.title = title;
        this.state = EntryState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.proposalNote = proposalNote;
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

    public PlanningTerm getTerm() {
        return term;
    }

    public PlanningKind getKind() {
        return kind;
    }

    public PlannedTitle getTitle() {
        return title;
    }

    void setTitle(PlannedTitle title) {
        this.title = title;
    }

    public EntryState getState() {
        return state;
    }

    void setState(EntryState state) {
        this.state = state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    void setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    void setProposedAt(Instant proposedAt) {
        this.proposedAt = proposedAt;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    void setProposalNote(String proposalNote) {
        this.proposalNote = proposalNote;
    }

    public String getReturnReason() {
        return returnReason;
    }

    void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDecisionBody() {
        return decisionBody;
    }

    void setDecisionBody(String decisionBody) {
        this.decisionBody = decisionBody;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public ExitState getExitState() {
        return exitState;
    }

    void setExitState(ExitState exitState) {
        this.exitState = exitState;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }

    public String getExitNote() {
        return exitNote;
    }

    void setExitNote(String exitNote) {
        this.exitNote = exitNote;
    }

    public String getExitProposedBy() {
        return exitProposedBy;
    }

    void setExitProposedBy(String exitProposedBy) {
        this.exitProposedBy = exitProposedBy;
    }

    public String getExitReturnReason() {
        return exitReturnReason;
    }

    void setExitReturnReason(String exitReturnReason) {
        this.exitReturnReason = exitReturnReason;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public ExitReason getEndReason() {
        return endReason;
    }

    void setEndReason(ExitReason endReason) {
        this.endReason = endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    void setEndNote(String endNote) {
        this.endNote = endNote;
    }

    public String getEndDecisionNumber() {
        return endDecisionNumber;
    }

    void setEndDecisionNumber(String endDecisionNumber) {
        this.endDecisionNumber = endDecisionNumber;
    }

    public LocalDate getEndDecisionDate() {
        return endDecisionDate;
    }

    void setEndDecisionDate(LocalDate endDecisionDate) {
        this.endDecisionDate = endDecisionDate;
    }

    public long getVersion() {
        return version;
    }

    /** Approved, in effect on {@code date} and not ended by it: what the figures count. */
    public boolean isInEffectOn(LocalDate date) {
        return state == EntryState.APPROVED && effectiveDate != null && !effectiveDate.isAfter(date)
                && (endDate == null || endDate.isAfter(date));
    }

    /** Not ended and not sent back: an approved entry without an end, or a proposal awaiting the board. */
    public boolean isOpen() {
        return state == EntryState.PROPOSED || state == EntryState.APPROVED && endDate == null;
    }
}
