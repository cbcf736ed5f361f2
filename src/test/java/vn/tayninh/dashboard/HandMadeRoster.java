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
    /** The term every entry of these rosters is for, unless said otherwise. */
    public static final String NEXT_TERM = "2030-2035";

    /**
     * An approved planning entry of the cadre (kind {@code PLAN} with a title, or {@code SOURCE} with none) for the
     * term 2030–2035, in effect from {@code effective}; written as the demo writes it, past the rules.
     */
    public static long planned(EntityManager em, Cadre cadre, String kind, String title, LocalDate effective) {
        return entry(em, cadre, NEXT_TERM, kind, title, "APPROVED", effective, null);
    }

    /** A planning entry in any state, ended on {@code end} (null: not ended). */
    public static long entry(EntityManager em, Cadre cadre, String term, String kind, String title, String state,
                             LocalDate effective, LocalDate end) {
        em.flush();
        em.createNativeQuery("INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state,"
                        + " proposed_by, proposed_at, effective_date, decision_number, decision_date, end_date, end_reason)"
                        + " VALUES (?, ?, (SELECT id FROM planning_term WHERE code = ?), ?, ?, ?, 'test',"
                        + " CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)")
                .setParameter(1, cadre.getId()).setParameter(2, cadre.getCommune().getId()).setParameter(3, term)
                .setParameter(4, kind).setParameter(5, title).setParameter(6, state)
                .setParameter(7, "APPROVED".equals(state) ? effective : null)
                .setParameter(8, "APPROVED".equals(state) ? "01-QĐ/TU" : null)
                .setParameter(9, "APPROVED".equals(state) ? effective : null)
                .setParameter(10, end).setParameter(11, end == null ? null : "OTHER")
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM planning_entry").getSingleResult()).longValue();
    }
}
