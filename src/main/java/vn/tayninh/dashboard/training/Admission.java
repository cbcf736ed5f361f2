package vn.tayninh.dashboard.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.forecast.RetirementRule;

/**
 * Whether a person may be sent on a course: the one set of rules for the product's proposals, the board's choices and
 * a commune's proposals. The person must lack the course's level and not be studying for it on their record; a
 * master's needs a university degree; a political-theory course has the conditions of Quy định 350-QĐ/TW as
 * {@link TrainingSettings} sets them (degree, ratings of the years before, for part-time study an age); and everyone
 * must still have {@link TrainingSettings#yearsAfterCourse()} years of service after the course's end.
 */
final class Admission {

    private Admission() {
    }

    /**
     * Why the person may not be sent on the course; empty when they may. A rating of a year before {@code today}'s
     * that is missing or below "hoàn thành tốt nhiệm vụ" fails; a year not over yet (this one, or one ahead of a course
     * starting later) is not held against anyone before it is rated.
     */
    static List<Message> failures(TrainingQueries.Person person, TrainingCourse course, TrainingSettings settings,
                                  LocalDate today) {
        List<Message> result = new ArrayList<>();
        CourseKind kind = course.getKind();
        if (!person.active()) {
            result.add(Message.of("training.condition.inactive"));
        }
        if (kind.isPoliticalTheory()) {
            if (theoryRank(person.theory()) >= theoryRank(kind.theory())) {
                result.add(Message.of("training.condition.hasTheory"));
            } else if (person.llctStudyingFor() != null && person.llctStudyCourseId() == null
                    && theoryRank(person.llctStudyingFor()) >= theoryRank(kind.theory())) {
                result.add(Message.of("training.condition.studying"));
            }
            if (educationRank(person.education()) < educationRank(settings.theoryMinEducation())) {
                result.add(Message.of("training.condition.education",
                        Message.of("education." + settings.theoryMinEducation().name())));
            }
            int startYear = course.getStartDate().getYear();
            List<String> missing = new ArrayList<>();
            for (int year = startYear - settings.theoryRatedYears(); year < startYear; year++) {
                Rating rating = person.ratings().get(year);
                if (rating == null ? year < today.getYear() : !rating.isWellOrBetter()) {
                    missing.add(String.valueOf(year));
                }
            }
            if (!missing.isEmpty()) {
                result.add(Message.of("training.condition.rating", String.join(", ", missing)));
            }
            if (course.isPartTime()) {
                ageAtStart(person, course).ifPresentOrElse(age -> {
                    int least = person.gender() == Gender.NU ? settings.partTimeMinAgeWomen()
                            : settings.partTimeMinAgeMen();
                    if (age < least) {
                        result.add(Message.of("training.condition.age", least, age));
                    }
                }, () -> result.add(Message.of("training.condition.unknownAge")));
            }
        } else {
            if (educationRank(person.education()) >= educationRank(kind.education())) {
                result.add(Message.of("training.condition.hasDegree"));
            } else if (person.studyingFor() != null && person.studyCourseId() == null
                    && educationRank(person.studyingFor()) >= educationRank(kind.education())) {
                result.add(Message.of("training.condition.studying"));
            } else if (kind == CourseKind.THAC_SI && !educationAtLeast(person.education(), Education.DAI_HOC)) {
                result.add(Message.of("training.condition.needsDegree"));
            }
        }
        Optional<LocalDate> retires = retirementDate(person);
        if (retires.isEmpty()) {
            result.add(Message.of("training.condition.unknownAge"));
        } else {
            LocalDate needed = course.getEndDate().plusYears(settings.yearsAfterCourse());
            if (!retires.get().isAfter(needed)) {
                result.add(Message.of("training.condition.retires", Formats.date(retires.get()),
                        settings.yearsAfterCourse()));
            }
        }
        return result.stream().distinct().toList();
    }

    /** The person's retirement date by the retirement rule; empty without gender or birth date. */
    static Optional<LocalDate> retirementDate(TrainingQueries.Person person) {
        return person.gender() == null || person.birthDate() == null ? Optional.empty()
                : RetirementRule.retirementDate(person.gender(), person.birthDate());
    }

    /** Whether the person retires on or before the course's last day (the course then never counts for them). */
    static boolean retiresBeforeEnd(TrainingQueries.Person person, TrainingCourse course) {
        return retirementDate(person).map(date -> !date.isAfter(course.getEndDate())).orElse(false);
    }

    private static Optional<Integer> ageAtStart(TrainingQueries.Person person, TrainingCourse course) {
        if (person.birthDate() == null || person.gender() == null) {
            return Optional.empty();
        }
        return Optional.of(Period.between(person.birthDate(), course.getStartDate()).getYears());
    }

    static boolean lacks(TrainingQueries.Person person, CourseKind kind) {
        return kind.isPoliticalTheory() ? theoryRank(person.theory()) < theoryRank(kind.theory())
                : educationRank(person.education()) < educationRank(kind.education());
    }

    private static boolean educationAtLeast(Education education, Education level) {
        return educationRank(education) >= educationRank(level);
    }

    static int educationRank(Education education) {
        return education == null ? -1 : Education.values().length - 1 - education.ordinal();
    }

    static int theoryRank(PoliticalTheory theory) {
        return theory == null ? -1 : PoliticalTheory.values().length - 1 - theory.ordinal();
    }
}
