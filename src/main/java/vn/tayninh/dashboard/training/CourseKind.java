package vn.tayninh.dashboard.training;

import java.util.List;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.PoliticalTheory;

/**
 * What a course of the training plan gives: a degree (university, master's) or a political-theory level
 * (intermediate, advanced), and the targets a participant who lacks that level helps to close, the first most urgent.
 */
public enum CourseKind {
    DAI_HOC(Education.DAI_HOC, null, List.of("T1")),
    THAC_SI(Education.THAC_SI, null, List.of("T2", "T9c")),
    LLCT_TRUNG_CAP(null, PoliticalTheory.TRUNG_CAP, List.of("T3", "T4")),
    LLCT_CAO_CAP(null, PoliticalTheory.CU_NHAN_CAO_CAP, List.of("T3", "T4", "T9a"));

    private final Education education;
    private final PoliticalTheory theory;
    private final List<String> targets;

    CourseKind(Education education, PoliticalTheory theory, List<String> targets) {
        this.education = education;
        this.theory = theory;
        this.targets = targets;
    }

    /** A political-theory course rather than a degree. */
    public boolean isPoliticalTheory() {
        return theory != null;
    }

    /** The degree the course gives; null for a political-theory course. */
    public Education education() {
        return education;
    }

    /** The political-theory level the course gives; null for a degree. */
    public PoliticalTheory theory() {
        return theory;
    }

    /** The level written on a participant's record. */
    public Enum<?> level() {
        return education != null ? education : theory;
    }

    /** The projected targets a participant lacking the level may close. */
    public List<String> targets() {
        return targets;
    }

    /** The kinds that close a target (empty: training does not move it). */
    public static List<CourseKind> closing(String targetCode) {
        return java.util.Arrays.stream(values()).filter(k -> k.targets.contains(targetCode)).toList();
    }
}
