package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.base.ui.PageGrids;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.training.ParticipantState;
import vn.tayninh.dashboard.training.PlanOutcomes;
import vn.tayninh.dashboard.training.PlanState;
import vn.tayninh.dashboard.training.TrainingCourse;
import vn.tayninh.dashboard.training.TrainingPlan;
import vn.tayninh.dashboard.training.TrainingPlans;

/**
 * The training plan 2027–2030 (docs/training.md): a version ({@code ?phien-ban=}), where each target lands with it
 * beside the natural projection for the province or a commune ({@code ?xa=}), its courses, and for the course chosen
 * ({@code ?khoa=}) the persons named and who the product proposes, with why. The board and the administrator write;
 * a commune editor sees their own commune and proposes its cadres; a leader reads.
 */
@Route("ke-hoach-dao-tao")
@Menu(title = "nav.training", order = 16, icon = "vaadin:academy-cap")
@PermitAll
class TrainingPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION = "phien-ban";
    static final String COURSE = "khoa";
    static final String COMMUNE = "xa";
    private static final int NARROW = CommuneListView.NARROW;

    private final TrainingPlans plans;
    private final PlanOutcomes outcomes;
    private final CommuneService communes;
    private final CommuneAccess access;
    private final ReportExports exports;
    private final Clock clock;
    private TrainingPlan plan;
    private TrainingCourse course;
    private Commune commune;
    private boolean showAll;

    TrainingPlanView(TrainingPlans plans, PlanOutcomes outcomes, CommuneService communes, CommuneAccess access,
                     ReportExports exports, Clock clock) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.communes = communes;
        this.access = access;
        this.exports = exports;
        this.clock = clock;
        addClassName("view-padding");
        setId("training-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<TrainingPlan> all = plans.plans();
        Long wanted = number(query.getSingleParameter(VERSION).orElse(null));
        plan = all.stream().filter(p -> p.getId().equals(wanted)).findFirst()
                .or(() -> all.stream().filter(p -> p.getState() == PlanState.ADOPTED).findFirst())
                .or(() -> all.stream().findFirst()).orElse(null);
        Optional<Long> own = access.ownCommuneOnly();
        if (own.isPresent()) {
            commune = communes.findById(own.get()).orElse(null);
        } else {
            String code = query.getSingleParameter(COMMUNE).orElse(null);
            commune = code == null ? null : communes.findByCode(code).orElse(null);
        }
        Long courseId = number(query.getSingleParameter(COURSE).orElse(null));
        course = plan == null || courseId == null ? null : plans.courses(plan.getId()).stream()
                .map(TrainingPlans.CourseView::course).filter(c -> c.getId().equals(courseId)).findFirst()
                .orElse(null);
        show();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("trainingPage.heading")),
                new Paragraph(getTranslation("trainingPage.explanation")));
        if (plan == null) {
            add(new Paragraph(getTranslation("trainingPage.noPlan")));
            if (access.canManageReferenceData()) {
                add(newPlanButton());
            }
            return;
        }
        add(versionBar());
        LocalDate today = LocalDate.now(clock);
        Scope scope = commune == null ? Scope.province() : Scope.commune(commune.getCode());
        PlanOutcomes.PlanOutcome outcome = outcomes.outcome(plan.getId(), scope, today);
        H3 outcomeHeading = new H3(getTranslation("trainingPage.outcome", commune == null
                ? getTranslation("trainingPage.province") : commune.getName()));
        add(outcomeHeading, new Paragraph(getTranslation("trainingPage.outcome.explanation")));
        if (outcome.provisional()) {
            add(new Paragraph(getTranslation("trainingPage.provisional")));
        }
        add(outcomeGrid(outcome), exports.trainingOutcome(plan.getId(), scope, today,
                getTranslation("trainingPage.export.outcome")));

        List<TrainingPlans.CourseView> courses = plans.courses(plan.getId());
        add(new H3(getTranslation("trainingPage.courses")));
        Div actions = new Div();
        actions.addClassName("training-actions");
        if (writable()) {
            Button add = new Button(getTranslation("trainingPage.course.add"), VaadinIcon.PLUS.create(),
                    e -> new TrainingCourseDialog(plans, plan.getId(), null, this::refresh).open());
            add.setId("training-course-add");
            actions.add(add);
        }
        actions.add(exports.trainingParticipants(plan.getId(), null, getTranslation("trainingPage.export.list")));
        add(actions);
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("trainingPage.noCourse")));
        } else {
            add(courseGrid(courses));
        }
        if (course != null) {
            TrainingCourse chosen = course;
            add(new H3(getTranslation("trainingPage.participants", chosen.getTitle())),
                    new Span(getTranslation("trainingPage.course.caption",
                            getTranslation("training.kind." + chosen.getKind().name()),
                            Formats.date(chosen.getStartDate()), Formats.date(chosen.getEndDate()),
                            Formats.integer(chosen.getPlaces()), getTranslation(chosen.isPerCommune()
                                    ? "trainingPage.course.placesPerCommune" : "trainingPage.course.placesInTotal"))));
            List<TrainingPlans.ParticipantView> named = plans.participants(chosen.getId(), true);
            if (named.isEmpty()) {
                add(new Paragraph(getTranslation("trainingPage.noParticipant")));
            } else {
                add(participantGrid(named));
            }
            if (plan.getState() != PlanState.REPLACED) {
                add(new H3(getTranslation("trainingPage.candidates")),
                        new Paragraph(getTranslation("trainingPage.candidates.explanation")));
                add(candidateSection(chosen));
            }
        }
    }

    private boolean writable() {
        return access.canManageReferenceData() && plan.getState() != PlanState.REPLACED;
    }

    private Component versionBar() {
        Select<TrainingPlan> version = new Select<>();
        version.setId("training-version");
        version.setLabel(getTranslation("trainingPage.version"));
        version.setWidth("min(100%, 24rem)");
        List<TrainingPlan> all = plans.plans();
        version.setItems(all);
        version.setItemLabelGenerator(p -> p.getName() + " · " + getTranslation("training.planState." + p.getState()));
        version.setValue(all.stream().filter(p -> p.getId().equals(plan.getId())).findFirst().orElse(plan));
        version.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(e.getValue(), null, commune);
            }
        });
        Div bar = new Div(version);
        bar.addClassName("training-filters");
        if (access.ownCommuneOnly().isEmpty()) {
            ComboBox<Commune> scope = new ComboBox<>(getTranslation("trainingPage.scope"));
            scope.setId("training-commune");
            scope.setWidth("min(100%, 20rem)");
            scope.setItems(communes.findAll());
            scope.setItemLabelGenerator(Commune::getName);
            scope.setPlaceholder(getTranslation("trainingPage.province"));
            scope.setClearButtonVisible(true);
            scope.setValue(commune);
            scope.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    navigate(plan, course, e.getValue());
                }
            });
            bar.add(scope);
        }
        if (access.canManageReferenceData()) {
            bar.add(newPlanButton());
            if (plan.getState() == PlanState.DRAFT) {
                Button adopt = new Button(getTranslation("trainingPage.adopt"), VaadinIcon.CHECK.create(),
                        e -> confirmAdopt());
                adopt.setId("training-adopt");
                adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(adopt);
            }
        }
        Span state = new Span(plan.getState() == PlanState.ADOPTED
                ? getTranslation("trainingPage.adoptedOn", Formats.date(LocalDate.ofInstant(plan.getAdoptedAt(),
                clock.getZone())), plan.getAdoptedBy())
                : getTranslation("trainingPage.state." + plan.getState()));
        state.setId("training-state");
        state.getElement().getThemeList().add("badge" + (plan.getState() == PlanState.ADOPTED ? " success" : ""));
        bar.add(state);
        return bar;
    }

    private Button newPlanButton() {
        Button create = new Button(getTranslation("trainingPage.newPlan"), VaadinIcon.COPY_O.create(),
                e -> newPlanDialog().open());
        create.setId("training-new-plan");
        return create;
    }

    private Dialog newPlanDialog() {
        Dialog dialog = new Dialog(getTranslation("trainingPage.newPlan"));
        dialog.setId("training-plan-dialog");
        TextField name = new TextField(getTranslation("trainingPage.newPlan.name"));
        name.setId("training-plan-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        Select<TrainingPlan> copyOf = new Select<>();
        copyOf.setId("training-plan-copy");
        copyOf.setLabel(getTranslation("trainingPage.newPlan.copyOf"));
        List<TrainingPlan> all = plans.plans();
        copyOf.setItems(all);
        copyOf.setEmptySelectionAllowed(true);
        copyOf.setEmptySelectionCaption(getTranslation("trainingPage.newPlan.empty"));
        copyOf.setItemLabelGenerator(p -> p == null ? getTranslation("trainingPage.newPlan.empty")
                : p.getName() + " · " + getTranslation("training.planState." + p.getState()));
        copyOf.setValue(plan);
        FormErrors errors = new FormErrors().field("name", name);
        dialog.add(new FormLayout(name, copyOf));
        Button save = new Button(getTranslation("trainingPage.newPlan.create"), e -> {
            TrainingPlan[] made = new TrainingPlan[1];
            DialogSave.run(dialog, errors, "trainingPage.newPlan.", () -> made[0] = plans.createPlan(name.getValue(),
                    copyOf.getValue() == null ? null : copyOf.getValue().getId()), "trainingPage.newPlan.saved",
                    () -> navigate(made[0], null, commune));
        });
        save.setId("training-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void confirmAdopt() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("trainingPage.adopt.title", plan.getName()),
                getTranslation("trainingPage.adopt.text"), getTranslation("trainingPage.adopt"), e -> act(() -> {
                    TrainingPlans.Adoption adoption = plans.adopt(plan.getId(), plan.getVersion());
                    return getTranslation("trainingPage.adopted", adoption.written(), adoption.keptOwn());
                }));
        confirm.setId("training-adopt-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private Grid<PlanOutcomes.TargetOutcome> outcomeGrid(PlanOutcomes.PlanOutcome outcome) {
        Grid<PlanOutcomes.TargetOutcome> grid = new Grid<>();
        grid.setId("training-outcome");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> t.code() + " · " + getTranslation("target." + t.code() + ".name")).setKey("target")
                .setHeader(getTranslation("trainingPage.outcome.target")).setFlexGrow(2);
        grid.addColumn(t -> figures(t.today())).setKey("today")
                .setHeader(getTranslation("trainingPage.outcome.today")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> figures(t.natural())).setKey("natural")
                .setHeader(getTranslation("trainingPage.outcome.natural")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            Span value = new Span(figures(t.withPlan()));
            Span status = new Span(getTranslation("status." + t.withPlan().status().name()));
            status.addClassNames("status-badge", "status-" + t.withPlan().status().name());
            Span missing = new Span(t.missingAfterPlan() == null || t.missingAfterPlan() == 0
                    ? getTranslation("trainingPage.outcome.none")
                    : getTranslation("trainingPage.outcome.missing", Formats.integer(t.missingAfterPlan())));
            missing.addClassName("training-missing");
            Div cell = new Div(value, status, missing);
            cell.addClassName("training-outcome-plan");
            return cell;
        }).setKey("withPlan").setHeader(getTranslation("trainingPage.outcome.withPlan")).setFlexGrow(1);
        grid.addColumn(t -> places(t.placesPerYear())).setKey("places")
                .setHeader(getTranslation("trainingPage.outcome.places")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> places(t.extraPlacesPerYear())).setKey("extraPlaces")
                .setHeader(getTranslation("trainingPage.outcome.extraPlaces")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Formats.integer(t.intakeYears())).setKey("years")
                .setHeader(getTranslation("trainingPage.outcome.years")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(outcome.targets().stream().filter(t -> !t.kinds().isEmpty()).toList());
        grid.setAllRowsVisible(true);
        PlanningView.narrowColumns(grid, Set.of("target", "withPlan"));
        return grid;
    }

    private String figures(Forecast.Figures figures) {
        return (figures.value() == null ? "–" : Formats.percent(figures.value())) + " ("
                + Formats.ratio(figures.numerator(), figures.denominator() == null ? 0 : figures.denominator()) + ")";
    }

    private String places(Integer perYear) {
        if (perYear == null) {
            return getTranslation("trainingPage.outcome.tooLate");
        }
        return perYear == 0 ? getTranslation("trainingPage.outcome.noPlaces")
                : getTranslation("trainingPage.outcome.perYear", Formats.integer(perYear));
    }

    private Grid<TrainingPlans.CourseView> courseGrid(List<TrainingPlans.CourseView> courses) {
        Grid<TrainingPlans.CourseView> grid = new Grid<>();
        grid.setId("training-courses");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> {
            com.vaadin.flow.router.RouterLink open = new com.vaadin.flow.router.RouterLink(c.course().getTitle(),
                    TrainingPlanView.class);
            open.setQueryParameters(query(plan, c.course(), commune));
            open.addClassName("training-course-open");
            if (course != null && course.getId().equals(c.course().getId())) {
                open.getElement().setAttribute("aria-current", "true");
            }
            return open;
        }).setKey("title").setHeader(getTranslation("trainingPage.course.title")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("training.kind." + c.course().getKind().name())).setKey("kind")
                .setHeader(getTranslation("trainingPage.course.kind")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.course().getStartDate()) + " – " + Formats.date(c.course().getEndDate()))
                .setKey("dates").setHeader(getTranslation("trainingPage.course.dates")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("trainingPage.course.taken", Formats.integer(c.accepted()),
                        Formats.integer(c.course().getPlaces()), getTranslation(c.course().isPerCommune()
                                ? "trainingPage.course.placesPerCommune" : "trainingPage.course.placesInTotal")))
                .setKey("places").setHeader(getTranslation("trainingPage.course.places")).setAutoWidth(true);
        grid.addColumn(c -> Formats.integer(c.proposed())).setKey("proposed")
                .setHeader(getTranslation("trainingPage.course.proposed")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        if (writable()) {
            grid.addComponentColumn(c -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        e -> new TrainingCourseDialog(plans, plan.getId(), c.course(), this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                edit.setAriaLabel(getTranslation("trainingPage.course.edit") + ": " + c.course().getTitle());
                edit.setTooltipText(getTranslation("trainingPage.course.edit"));
                edit.addClassName("training-course-edit");
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> act(() -> {
                    plans.deleteCourse(c.course().getId(), c.course().getVersion());
                    return getTranslation("trainingPage.course.deleted", c.course().getTitle());
                }));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON,
                        ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("trainingPage.course.delete") + ": " + c.course().getTitle());
                delete.setTooltipText(getTranslation("trainingPage.course.delete"));
                delete.setEnabled(c.accepted() == 0 && c.proposed() == 0);
                return new Div(edit, delete);
            }).setKey("actions").setHeader(getTranslation("trainingPage.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(courses);
        grid.setAllRowsVisible(true);
        PlanningView.narrowColumns(grid, Set.of("title", "places", "actions"));
        return grid;
    }

    private Grid<TrainingPlans.ParticipantView> participantGrid(List<TrainingPlans.ParticipantView> named) {
        Grid<TrainingPlans.ParticipantView> grid = new Grid<>();
        grid.setId("training-participants");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            Div cell = new Div(new Span(p.fullName()));
            cell.add(new Span(" · " + p.communeName()));
            if (!p.active()) {
                cell.add(warning(getTranslation("trainingPage.participant.left")));
            } else if (p.retiresBeforeEnd()) {
                cell.add(warning(getTranslation("trainingPage.participant.retires", Formats.date(p.retirementDate()))));
            }
            return cell;
        }).setKey("name").setHeader(getTranslation("trainingPage.participant.name")).setFlexGrow(2);
        grid.addColumn(p -> String.join(", ", p.titles().stream().map(t -> getTranslation("position." + t)).toList()))
                .setKey("titles").setHeader(getTranslation("trainingPage.participant.titles")).setFlexGrow(1);
        grid.addColumn(p -> level(p.education() == null ? null : "education." + p.education().name()) + " · "
                        + level(p.theory() == null ? null : "theory." + p.theory().name()))
                .setKey("levels").setHeader(getTranslation("trainingPage.participant.levels")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("training.state." + p.state().name())
                        + (p.removal() == null ? "" : ": " + getTranslation("training.removal." + p.removal().name()))
                        + (p.removalNote() == null ? "" : " – " + p.removalNote()))
                .setKey("state").setHeader(getTranslation("trainingPage.participant.state")).setFlexGrow(1);
        grid.addColumn(TrainingPlans.ParticipantView::reason).setKey("reason")
                .setHeader(getTranslation("trainingPage.participant.reason")).setFlexGrow(2);
        if (writable()) {
            grid.addComponentColumn(this::participantActions).setKey("actions")
                    .setHeader(getTranslation("trainingPage.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(named);
        PageGrids.screenHigh(grid);
        PlanningView.narrowColumns(grid, Set.of("name", "state", "actions"));
        return grid;
    }

    private Component participantActions(TrainingPlans.ParticipantView p) {
        Div actions = new Div();
        if (p.state() == ParticipantState.PROPOSED) {
            Button take = new Button(getTranslation("trainingPage.take"), e -> act(() -> {
                plans.take(p.courseId(), p.cadreId(), null);
                return getTranslation("trainingPage.taken", p.fullName());
            }));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            take.addClassName("training-take");
            Button refuse = new Button(getTranslation("trainingPage.refuse"), e -> refuseDialog(p.courseId(),
                    p.cadreId(), p.fullName()).open());
            refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
            refuse.addClassName("training-refuse");
            actions.add(take, refuse);
        } else if (p.state() == ParticipantState.ACCEPTED) {
            Button off = new Button(getTranslation("trainingPage.takeOff"), e -> new TrainingNoteDialog(
                    getTranslation("trainingPage.takeOff.title", p.fullName()),
                    getTranslation("trainingPage.takeOff.explanation"), true, getTranslation("trainingPage.takeOff"),
                    (removal, note) -> plans.takeOff(p.id(), p.version(), removal, note), "trainingPage.takenOff",
                    this::refresh).open());
            off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            off.addClassName("training-take-off");
            actions.add(off);
        }
        return actions;
    }

    private TrainingNoteDialog refuseDialog(long courseId, long cadreId, String name) {
        return new TrainingNoteDialog(getTranslation("trainingPage.refuse.title", name),
                getTranslation("trainingPage.refuse.explanation"), false, getTranslation("trainingPage.refuse"),
                (removal, note) -> plans.refuse(courseId, cadreId, note), "trainingPage.refused", this::refresh);
    }

    private Component candidateSection(TrainingCourse chosen) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("training-candidates-section");
        List<TrainingPlans.Candidate> all = plans.candidates(chosen.getId(), commune == null ? null : commune.getId());
        long admissible = all.stream().filter(TrainingPlans.Candidate::admissible).count();
        Checkbox others = new Checkbox(getTranslation("trainingPage.candidates.showAll",
                Formats.integer(all.size() - admissible)));
        others.setId("training-show-all");
        others.setValue(showAll);
        section.add(new Span(getTranslation("trainingPage.candidates.count", Formats.integer(admissible),
                commune == null ? getTranslation("trainingPage.province") : commune.getName())), others);
        Grid<TrainingPlans.Candidate> grid = candidateGrid(chosen);
        grid.setItems(all.stream().filter(c -> showAll || c.admissible()).toList());
        others.addValueChangeListener(e -> {
            showAll = e.getValue();
            grid.setItems(all.stream().filter(c -> showAll || c.admissible()).toList());
        });
        section.add(grid);
        return section;
    }

    private Grid<TrainingPlans.Candidate> candidateGrid(TrainingCourse chosen) {
        Grid<TrainingPlans.Candidate> grid = new Grid<>();
        grid.setId("training-candidates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.fullName() + " · " + c.communeName()).setKey("name")
                .setHeader(getTranslation("trainingPage.participant.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("trainingPage.tier." + c.tier())).setKey("tier")
                .setHeader(getTranslation("trainingPage.candidates.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.reasons().stream().map(m -> Translations.text(m, getLocale()))
                .collect(Collectors.joining("; "))).setKey("reason")
                .setHeader(getTranslation("trainingPage.participant.reason")).setFlexGrow(3);
        grid.addColumn(c -> c.admissible() ? getTranslation("trainingPage.candidates.admissible")
                        : c.failures().stream().map(m -> Translations.text(m, getLocale()))
                        .collect(Collectors.joining("; "))).setKey("conditions")
                .setHeader(getTranslation("trainingPage.candidates.conditions")).setFlexGrow(2);
        boolean board = access.canManageReferenceData();
        boolean proposes = !board && access.ownCommuneOnly().isPresent();
        if (board || proposes) {
            grid.addComponentColumn(c -> {
                Div actions = new Div();
                if (!c.admissible()) {
                    return actions;
                }
                Button take = new Button(getTranslation(board ? "trainingPage.take" : "trainingPage.propose"),
                        e -> act(() -> {
                            if (board) {
                                plans.take(chosen.getId(), c.cadreId(), c.reasonText());
                                return getTranslation("trainingPage.taken", c.fullName());
                            }
                            plans.propose(chosen.getId(), c.cadreId(), c.reasonText());
                            return getTranslation("trainingPage.proposed", c.fullName());
                        }));
                take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                take.addClassName("training-candidate-take");
                take.setAriaLabel(take.getText() + ": " + c.fullName());
                actions.add(take);
                if (board) {
                    Button refuse = new Button(getTranslation("trainingPage.refuse"),
                            e -> refuseDialog(chosen.getId(), c.cadreId(), c.fullName()).open());
                    refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    refuse.setAriaLabel(refuse.getText() + ": " + c.fullName());
                    refuse.addClassName("training-candidate-refuse");
                    actions.add(refuse);
                }
                return actions;
            }).setKey("actions").setHeader(getTranslation("trainingPage.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        PageGrids.screenHigh(grid);
        PlanningView.narrowColumns(grid, Set.of("name", "reason", "actions"));
        return grid;
    }

    private Span warning(String text) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge error");
        span.addClassName("training-warning");
        return span;
    }

    private String level(String key) {
        return key == null ? getTranslation("theory.UNKNOWN") : getTranslation(key);
    }

    /** Runs a change of the plan: on success says so and reads the page again; a refusal is said, nothing changes. */
    private void act(java.util.function.Supplier<String> change) {
        try {
            String done = change.get();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException refusal) {
            Notification.show(refusal.problems().stream().map(p -> p.text(getLocale()))
                            .collect(Collectors.joining("; ")), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException conflict) {
            ConflictDialog.show("trainingPage.", conflict, this::refresh);
        }
    }

    private void refresh() {
        List<TrainingPlan> all = plans.plans();
        long id = plan.getId();
        plan = all.stream().filter(p -> p.getId() == id).findFirst().orElse(plan);
        if (course != null) {
            long courseId = course.getId();
            course = plans.courses(plan.getId()).stream().map(TrainingPlans.CourseView::course)
                    .filter(c -> c.getId() == courseId).findFirst().orElse(null);
        }
        show();
    }

    private void navigate(TrainingPlan version, TrainingCourse chosen, Commune area) {
        getUI().ifPresent(ui -> ui.navigate(TrainingPlanView.class, query(version, chosen, area)));
    }

    private QueryParameters query(TrainingPlan version, TrainingCourse chosen, Commune area) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put(VERSION, List.of(String.valueOf(version.getId())));
        if (chosen != null) {
            parameters.put(COURSE, List.of(String.valueOf(chosen.getId())));
        }
        if (area != null && access.ownCommuneOnly().isEmpty()) {
            parameters.put(COMMUNE, List.of(area.getCode()));
        }
        return new QueryParameters(parameters);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainingPage.heading") + " – " + getTranslation("app.brand");
    }
}
