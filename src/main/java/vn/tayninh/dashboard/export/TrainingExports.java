package vn.tayninh.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.training.PlanOutcomes;
import vn.tayninh.dashboard.training.TrainingPlan;
import vn.tayninh.dashboard.training.TrainingPlans;

/**
 * The training plan's files: the list of persons sent per course and the outcome table, with the rights of the plan
 * itself (a commune editor gets their own commune's persons and outcome only).
 */
@Service
@Transactional(readOnly = true)
public class TrainingExports {

    private final TrainingPlans plans;
    private final PlanOutcomes outcomes;
    private final ReportService reports;
    private final PackText text;

    TrainingExports(TrainingPlans plans, PlanOutcomes outcomes, ReportService reports, Translations translations) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.reports = reports;
        this.text = new PackText(translations);
    }

    /** "Danh sách cử đi đào tạo": every course of the version, or the one given, a sheet each. */
    public byte[] participantsXlsx(long planId, Long courseId) {
        TrainingPlan plan = plans.plan(planId);
        List<TrainingXlsx.CourseList> lists = new ArrayList<>();
        for (TrainingPlans.CourseView course : plans.courses(planId)) {
            if (courseId == null || course.course().getId().equals(courseId)) {
                lists.add(new TrainingXlsx.CourseList(course.course(),
                        plans.participants(course.course().getId(), false)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TrainingXlsx.participants(plan.getName(), lists, text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The outcome table of a version for a scope. */
    public byte[] outcomeXlsx(long planId, Scope scope, LocalDate asOf) {
        PlanOutcomes.PlanOutcome outcome = outcomes.outcome(planId, scope, asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TrainingXlsx.outcome(outcome, reports.describe(scope), text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "danh-sach-cu-di-dao-tao-3.xlsx", "ket-qua-ke-hoach-dao-tao-3-xa-hung-dien-2026-11-22.xlsx" */
    public static String participantsFileName(long planId) {
        return "danh-sach-cu-di-dao-tao-" + planId + ".xlsx";
    }

    public static String outcomeFileName(long planId, Scope scope, LocalDate asOf) {
        String area = scope.isSingleCommune() ? scope.communeCode() : "tay-ninh";
        return "ket-qua-ke-hoach-dao-tao-" + planId + "-" + area + "-" + asOf + ".xlsx";
    }
}
