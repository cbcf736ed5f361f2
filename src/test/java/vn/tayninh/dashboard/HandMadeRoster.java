package vn.tayninh.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;

/** Builds the small rosters that tests count by hand: cadres of the state bloc and the titles they hold. */
public final class HandMadeRoster {

    private HandMadeRoster() {
    }

    /** A cadre of the state bloc, in office since {@code start}. */
    public static Cadre cadre(EntityManager em, Commune commune, String name, LocalDate start, Gender gender,
                              LocalDate birth, String ethnicity, Education education, PoliticalTheory theory,
                              boolean stem) {
        Cadre c = new Cadre(commune, name, start);
        c.setGender(gender);
        c.setBirthDate(birth);
        c.setEthnicity(ethnicity);
        c.setEducation(education);
        c.setPoliticalTheory(theory);
        c.setStem(stem);
        c.setBloc(Bloc.NHA_NUOC);
        em.persist(c);
        return c;
    }

    /** The cadre holds each of the positions since {@code start}, by one decision. */
    public static PositionHolding[] hold(EntityManager em, Cadre cadre, LocalDate start, Position... positions) {
        PositionHolding[] holdings = new PositionHolding[positions.length];
        for (int i = 0; i < positions.length; i++) {
            holdings[i] = new PositionHolding(cadre, positions[i], start, "01-QĐ/TU");
            em.persist(holdings[i]);
        }
        return holdings;
    }
}
