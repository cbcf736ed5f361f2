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

/** A named person for a course, with why they were proposed and, once taken off, why. */
@Entity
@Table(name = "training_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "cadre_id", nullable = false)
    private Long cadreId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantState state;

    @Column(nullable = false, length = 400)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Removal removal;

    @Column(name = "removal_note", length = 400)
    private String removalNote;

    @Version
    private long version;

    protected Participant() {
    }

    Participant(long courseId, long cadreId, long communeId, ParticipantState state, String reason,
                String proposedBy) {
        this.courseId = courseId;
        this.cadreId = cadreId;
        this.communeId = communeId;
        this.state = state;
        this.reason = reason;
        this.proposedBy = proposedBy;
    }

    void take() {
        this.state = ParticipantState.ACCEPTED;
        this.removal = null;
        this.removalNote = null;
    }

    void refuse(String note) {
        this.state = ParticipantState.REFUSED;
        this.removalNote = note;
    }

    void takeOff(Removal removal, String note) {
        this.state = ParticipantState.REMOVED;
        this.removal = removal;
        this.removalNote = note;
    }

    void propose(String reason, String proposedBy) {
        this.state = ParticipantState.PROPOSED;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.removal = null;
        this.removalNote = null;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public ParticipantState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Removal getRemoval() {
        return removal;
    }

    public String getRemovalNote() {
        return removalNote;
    }

    public long getVersion() {
        return version;
    }
}
