package vn.tayninh.dashboard.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A short course, at home or abroad, held for young source cadres (target T9d). */
@Entity
@Table(name = "short_course")
public class ShortCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, length = 120)
    private String location;

    @Column(nullable = false)
    private boolean abroad;

    @Column(nullable = false)
    private int participants;

    @Version
    private long version;

    protected ShortCourse() {
    }

    public ShortCourse(String title, LocalDate startDate, LocalDate endDate, String location, boolean abroad,
                       int participants) {
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.location = location;
        this.abroad = abroad;
        this.participants = participants;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLocation() {
        return location;
    }

    public boolean isAbroad() {
        return abroad;
    }

    public int getParticipants() {
        return participants;
    }

    public long getVersion() {
        return version;
    }
}
