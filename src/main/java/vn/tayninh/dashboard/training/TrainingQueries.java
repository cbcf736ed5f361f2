package vn.tayninh.dashboard.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;

/** The persons the plan proposes from and lists: one read of the cadres, their titles and their ratings. */
@Component
class TrainingQueries {

    private final NamedParameterJdbcTemplate jdbc;

    TrainingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cadres of the communes ({@code communeIds} null: all) or the given cadres ({@code cadreIds}), active at
     * {@code asOf} unless {@code anyState}, with their titles held at {@code asOf} and their ratings of the years from
     * {@code firstRatingYear} to {@code lastRatingYear}.
     */
    List<Person> persons(LocalDate asOf, Collection<Long> communeIds, Collection<Long> cadreIds, boolean anyState,
                         int firstRatingYear, int lastRatingYear) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("first", firstRatingYear).addValue("last", lastRatingYear);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!anyState) {
            where.append(" AND c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf)");
        }
        if (communeIds != null) {
            where.append(" AND c.commune_id IN (:communes)");
            params.addValue("communes", communeIds.isEmpty() ? List.of(-1L) : communeIds);
        }
        if (cadreIds != null) {
            where.append(" AND c.id IN (:cadres)");
            params.addValue("cadres", cadreIds.isEmpty() ? List.of(-1L) : cadreIds);
        }
        Map<Long, Person.Builder> rows = new LinkedHashMap<>();
        jdbc.query("SELECT c.id, c.full_name, c.commune_id, m.name, c.gender, c.birth_date, c.ethnicity, c.education,"
                + " c.political_theory, c.llct_advanced_trained, c.studying_for, c.study_course_id, c.llct_studying_for,"
                + " c.llct_study_course_id, c.start_date, c.end_date FROM cadre c JOIN commune m ON m.id = c.commune_id"
                + where + " ORDER BY c.id", params, rs -> {
                    Person.Builder b = new Person.Builder();
                    b.id = rs.getLong(1);
                    b.fullName = rs.getString(2);
                    b.communeId = rs.getLong(3);
                    b.communeName = rs.getString(4);
                    b.gender = value(Gender.class, rs.getString(5));
                    b.birthDate = date(rs.getDate(6));
                    b.ethnicity = rs.getString(7);
                    b.education = value(Education.class, rs.getString(8));
                    b.theory = value(PoliticalTheory.class, rs.getString(9));
                    b.advancedTrained = rs.getBoolean(10);
                    b.studyingFor = value(Education.class, rs.getString(11));
                    b.studyCourseId = (Long) rs.getObject(12, Long.class);
                    b.llctStudyingFor = value(PoliticalTheory.class, rs.getString(13));
                    b.llctStudyCourseId = (Long) rs.getObject(14, Long.class);
                    LocalDate start = date(rs.getDate(15));
                    LocalDate end = date(rs.getDate(16));
                    b.active = !start.isAfter(asOf) && (end == null || end.isAfter(asOf));
                    rows.put(b.id, b);
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.query("SELECT ph.cadre_id, ph.position_code FROM position_holding ph JOIN cadre c ON c.id = ph.cadre_id"
                + where + " AND ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf)"
                + " ORDER BY ph.cadre_id, ph.id", params, rs -> {
                    Person.Builder b = rows.get(rs.getLong(1));
                    if (b != null) {
                        b.titles.add(rs.getString(2));
                    }
                });
        jdbc.query("SELECT r.cadre_id, r.rating_year, r.rating FROM annual_rating r JOIN cadre c ON c.id = r.cadre_id"
                + where + " AND r.rating_year BETWEEN :first AND :last", params, rs -> {
                    Person.Builder b = rows.get(rs.getLong(1));
                    if (b != null) {
                        b.ratings.put(rs.getInt(2), value(Rating.class, rs.getString(3)));
                    }
                });
        List<Person> result = new ArrayList<>();
        rows.values().forEach(b -> result.add(b.build()));
        return result;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A cadre as the plan reads it. */
    record Person(long id, String fullName, long communeId, String communeName, Gender gender, LocalDate birthDate,
                  String ethnicity, Education education, PoliticalTheory theory, boolean advancedTrained,
                  Education studyingFor, Long studyCourseId, PoliticalTheory llctStudyingFor, Long llctStudyCourseId,
                  List<String> titles, Map<Integer, Rating> ratings, boolean active) {

        boolean minority() {
            return ethnicity != null && !ethnicity.isBlank() && !ethnicity.trim().equalsIgnoreCase("kinh");
        }

        static final class Builder {
            long id;
            String fullName;
            long communeId;
            String communeName;
            Gender gender;
            LocalDate birthDate;
            String ethnicity;
            Education education;
            PoliticalTheory theory;
            boolean advancedTrained;
            Education studyingFor;
            Long studyCourseId;
            PoliticalTheory llctStudyingFor;
            Long llctStudyCourseId;
            boolean active;
            final List<String> titles = new ArrayList<>();
            final Map<Integer, Rating> ratings = new HashMap<>();

            Person build() {
                return new Person(id, fullName, communeId, communeName, gender, birthDate, ethnicity, education,
                        theory, advancedTrained, studyingFor, studyCourseId, llctStudyingFor, llctStudyCourseId,
                        List.copyOf(titles), Map.copyOf(ratings), active);
            }
        }
    }
}
