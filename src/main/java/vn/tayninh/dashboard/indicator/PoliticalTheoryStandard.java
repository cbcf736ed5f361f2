package vn.tayninh.dashboard.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.position.Position;

/** The political-theory level a key title requires (targets T3 and T4); TRUNG_CAP or higher by default. */
@Entity
@Table(name = "political_theory_standard")
public class PoliticalTheoryStandard {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "position_code", length = 20)
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level", nullable = false, length = 20)
    private PoliticalTheory minLevel;

    @Version
    private long version;

    protected PoliticalTheoryStandard() {
    }

    public Position getPosition() {
        return position;
    }

    public PoliticalTheory getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(PoliticalTheory minLevel) {
        this.minLevel = minLevel;
    }

    /** 3 for advanced, 2 for intermediate, 1 for elementary, 0 for none: higher meets lower. */
    static int rank(PoliticalTheory level) {
        return switch (level) {
            case CU_NHAN_CAO_CAP -> 3;
            case TRUNG_CAP -> 2;
            case SO_CAP -> 1;
            case CHUA_CO -> 0;
        };
    }
}
