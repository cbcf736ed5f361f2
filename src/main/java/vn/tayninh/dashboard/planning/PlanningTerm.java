package vn.tayninh.dashboard.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A term planned for, e.g. {@code 2030-2035}: reference data, added by the administrator. */
@Entity
@Table(name = "planning_term")
public class PlanningTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Version
    private long version;

    protected PlanningTerm() {
    }

    PlanningTerm(String code, LocalDate firstDay, LocalDate lastDay) {
        this.code = code;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public Long getId() {
        return id;
    }

    /** The term's name as people write it, e.g. {@code 2030-2035}. */
    public String getCode() {
        return code;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    /** The term's last day: the retirement rule compares the person's retirement date with it. */
    public LocalDate getLastDay() {
        return lastDay;
    }

    public long getVersion() {
        return version;
    }
}
