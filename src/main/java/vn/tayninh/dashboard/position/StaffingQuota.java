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

/** Staffing quota (biên chế) allocated to a commune for one bloc. */
@Entity
@Table(name = "staffing_quota")
public class StaffingQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Bloc bloc;

    @Column(nullable = false)
    private int quota;

    @Version
    private long version;

    protected StaffingQuota() {
    }

    public StaffingQuota(Commune commune, Bloc bloc, int quota) {
        this.commune = commune;
        this.bloc = bloc;
        this.quota = quota;
    }

    public Long getId() {
        return id;
    }

    public Commune getCommune() {
        return commune;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getQuota() {
        return quota;
    }

    public void setQuota(int quota) {
        this.quota = quota;
    }

    public long getVersion() {
        return version;
    }
}
