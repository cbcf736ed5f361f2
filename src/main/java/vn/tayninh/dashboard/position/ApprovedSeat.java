package vn.tayninh.dashboard.position;

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
import vn.tayninh.dashboard.commune.Commune;

/** How many holders of a position a commune is approved to have; vacant = approved − filled. */
@Entity
@Table(name = "approved_seat")
public class ApprovedSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_code", nullable = false, length = 20)
    private Position position;

    @Column(nullable = false)
    private int seats;

    @Version
    private long version;

    protected ApprovedSeat() {
    }

    public ApprovedSeat(Commune commune, Position position, int seats) {
        this.commune = commune;
        this.position = position;
        this.seats = seats;
    }

    public Long getId() {
        return id;
    }

    public Commune getCommune() {
        return commune;
    }

    public Position getPosition() {
        return position;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public long getVersion() {
        return version;
    }
}
