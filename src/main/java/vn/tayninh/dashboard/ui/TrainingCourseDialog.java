package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.training.CourseForm;
import vn.tayninh.dashboard.training.CourseKind;
import vn.tayninh.dashboard.training.TrainingCourse;
import vn.tayninh.dashboard.training.TrainingPlans;

/** Adds a course to a version of the training plan, or changes one; the service's rules speak at each field. */
class TrainingCourseDialog extends Dialog {

    final Select<CourseKind> kind = new Select<>();
    final TextField title = new TextField();
    final DateField start;
    final DateField end;
    final IntegerField places = new IntegerField();
    final Checkbox perCommune = new Checkbox();
    final Checkbox partTime = new Checkbox();
    final Button save = new Button();

    /** {@code course} null: a new course of the version {@code planId}. */
    TrainingCourseDialog(TrainingPlans plans, long planId, TrainingCourse course, Runnable refresh) {
        setHeaderTitle(getTranslation(course == null ? "trainingPage.course.add" : "trainingPage.course.edit"));
        setId("training-course-dialog");
        kind.setLabel(getTranslation("trainingPage.course.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("training.kind." + k.name()));
        kind.setId("training-course-kind");
        kind.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("trainingPage.course.title"));
        title.setId("training-course-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        start = new DateField(getTranslation("trainingPage.course.start"));
        start.setId("training-course-start");
        start.setRequiredIndicatorVisible(true);
        end = new DateField(getTranslation("trainingPage.course.end"));
        end.setId("training-course-end");
        end.setRequiredIndicatorVisible(true);
        places.setLabel(getTranslation("trainingPage.course.places"));
        places.setId("training-course-places");
        places.setMin(1);
        places.setMax(10_000);
        places.setStepButtonsVisible(true);
        places.setRequiredIndicatorVisible(true);
        perCommune.setLabel(getTranslation("trainingPage.course.perCommune"));
        perCommune.setId("training-course-per-commune");
        partTime.setLabel(getTranslation("trainingPage.course.partTime"));
        partTime.setId("training-course-part-time");
        if (course == null) {
            partTime.setValue(true);
        } else {
            CourseForm form = course.form();
            kind.setValue(form.kind());
            title.setValue(form.title());
            start.setValue(form.startDate());
            end.setValue(form.endDate());
            places.setValue(form.places());
            perCommune.setValue(form.perCommune());
            partTime.setValue(form.partTime());
        }
        FormErrors errors = new FormErrors().field("kind", kind).field("title", title).field("startDate", start)
                .field("endDate", end).field("places", places);
        FormLayout layout = new FormLayout(kind, title, start, end, places, perCommune, partTime);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(title, 2);
        add(layout);
        save.setText(getTranslation("common.save"));
        save.setId("training-course-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            CourseForm form = new CourseForm(kind.getValue(), title.getValue(), start.getValue(), end.getValue(),
                    places.getValue(), perCommune.getValue(), partTime.getValue());
            DialogSave.run(this, errors, "trainingPage.course.", () -> {
                if (course == null) {
                    plans.addCourse(planId, form);
                } else {
                    plans.updateCourse(course.getId(), course.getVersion(), form);
                }
            }, "trainingPage.course.saved", refresh);
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
