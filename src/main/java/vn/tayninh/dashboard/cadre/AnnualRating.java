package vn.tayninh.dashboard.cadre;

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

/** A cadre's rating for one year; at most one per cadre and year. */
@Entity
@Table(name = "annual_rating")
public class AnnualRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Rating rating;

    @Version
    private long version;

    protected AnnualRating() {
    }

    public AnnualRating(Cadre cadre, int year, Rating rating) {
        this.cadre = cadre;
        this.year = year;
        this.rating = rating;
    }

    public Long getId() {
        return id;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public int getYear() {
        return year;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public long getVersion() {
        return version;
    }
}
