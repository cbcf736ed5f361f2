package vn.tayninh.dashboard.training;

import java.time.LocalDate;

/**
 * What a course is made of, as the plan page, the API and the tests give it; checked by {@link TrainingRules}.
 *
 * @param places     places in total, or for each commune when {@code perCommune}
 * @param partTime   không tập trung: the part-time age conditions apply to a political-theory course
 */
public record CourseForm(CourseKind kind, String title, LocalDate startDate, LocalDate endDate, Integer places,
                         boolean perCommune, boolean partTime) {
}
