package vn.tayninh.dashboard.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** x and n of one target for one commune (or, for T9d, the province) at a freeze. */
@Entity
@Immutable
@Table(name = "frozen_value")
public class FrozenValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "freeze_id", nullable = false)
    private Long freezeId;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "target_code", nullable = false, length = 8)
    private String targetCode;

    @Column(nullable = false)
    private long numerator;

    @Column(nullable = false)
    private long denominator;

    protected FrozenValue() {
    }

    FrozenValue(Long freezeId, Long communeId, String targetCode, long numerator, long denominator) {
        this.freezeId = freezeId;
        this.communeId = communeId;
        this.targetCode = targetCode;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public Long getFreezeId() {
        return freezeId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public long getNumerator() {
        return numerator;
    }

    public long getDenominator() {
        return denominator;
    }
}
