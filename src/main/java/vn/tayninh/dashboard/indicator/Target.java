package vn.tayninh.dashboard.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One target of Resolution 34-NQ/TU: its population, how it is judged, and its period. */
@Entity
@Table(name = "indicator_target")
public class Target {

    @Id
    @Column(length = 8)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Population population;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 12)
    private TargetRule rule;

    @Column(name = "lower_bound", precision = 7, scale = 4)
    private BigDecimal lowerBound;

    @Column(name = "upper_bound", precision = 7, scale = 4)
    private BigDecimal upperBound;

    @Column(name = "baseline_year", nullable = false)
    private int baselineYear;

    @Column(name = "deadline_year", nullable = false)
    private int deadlineYear;

    /** Judged every year on its own (T6) rather than on the road to the deadline. */
    @Column(nullable = false)
    private boolean annual;

    @Version
    private long version;

    protected Target() {
    }

    Target(String code, Population population, TargetRule rule, BigDecimal lowerBound, BigDecimal upperBound,
           boolean annual) {
        this.code = code;
        this.population = population;
        this.rule = rule;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.baselineYear = 2026;
        this.deadlineYear = 2030;
        this.annual = annual;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Population getPopulation() {
        return population;
    }

    public TargetRule getRule() {
        return rule;
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public BigDecimal getUpperBound() {
        return upperBound;
    }

    public int getBaselineYear() {
        return baselineYear;
    }

    public int getDeadlineYear() {
        return deadlineYear;
    }

    public boolean isAnnual() {
        return annual;
    }

    /** Changes the numbers of the target (administrator, through {@link TargetAdministration}). */
    void revise(BigDecimal lowerBound, BigDecimal upperBound, int deadlineYear) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.deadlineYear = deadlineYear;
    }

    public long getVersion() {
        return version;
    }
}
