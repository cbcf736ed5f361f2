package vn.tayninh.dashboard.training;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.tayninh.dashboard.cadre.Education;

/**
 * The admission conditions and the numbers of the training plan, under {@code app.training.*}. The political-theory
 * conditions are those of Quy định 350-QĐ/TW (29/08/2025) with their defaults; party membership is not checked, as the
 * records do not keep it.
 *
 * @param theoryMinEducation       a political-theory course needs this degree or higher ({@code theory-min-education})
 * @param theoryRatedYears         and "hoàn thành tốt nhiệm vụ" or better in each of this many years before the
 *                                 course's start year ({@code theory-rated-years}; 0: not checked)
 * @param partTimeMinAgeWomen      a part-time political-theory course: women of at least this age at its start
 * @param partTimeMinAgeMen        men of at least this age
 * @param yearsAfterCourse         years of service still ahead at the course's end, by the retirement rule
 *                                 ({@code years-after-course}; 0: retiring after the end is enough)
 * @param durationMonths           the usual length of each kind of course, for the fewest places per year that would
 *                                 meet a target: a course started on 1 January of a year must end by 31/12/2030
 */
@ConfigurationProperties("app.training")
public record TrainingSettings(@DefaultValue("CAO_DANG") Education theoryMinEducation,
                               @DefaultValue("2") int theoryRatedYears,
                               @DefaultValue("28") int partTimeMinAgeWomen,
                               @DefaultValue("30") int partTimeMinAgeMen,
                               @DefaultValue("5") int yearsAfterCourse,
                               Map<CourseKind, Integer> durationMonths) {

    public TrainingSettings {
        Map<CourseKind, Integer> months = new EnumMap<>(CourseKind.class);
        months.put(CourseKind.DAI_HOC, 36);
        months.put(CourseKind.THAC_SI, 24);
        months.put(CourseKind.LLCT_TRUNG_CAP, 12);
        months.put(CourseKind.LLCT_CAO_CAP, 18);
        if (durationMonths != null) {
            months.putAll(durationMonths);
        }
        durationMonths = Map.copyOf(months);
    }

    /** The defaults. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(Education.CAO_DANG, 2, 28, 30, 5, null);
    }

    public int durationMonths(CourseKind kind) {
        return durationMonths.get(kind);
    }
}
