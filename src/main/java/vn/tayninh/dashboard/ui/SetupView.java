package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.roster.SeatsFile;
import vn.tayninh.dashboard.roster.ui.SeatsUpload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.setup.SetupProgress;
import vn.tayninh.dashboard.setup.SetupProgress.Step;
import vn.tayninh.dashboard.setup.SetupProgress.StepStatus;

/**
 * The administrator's first-run path on a new installation: each step from an empty database to 96 communes at work,
 * done or not with how far it is, what to do, and a link to where it is done.
 */
@Route("quan-tri/khoi-tao")
@Menu(title = "nav.setup", order = 89, icon = "vaadin:check-square-o")
@RolesAllowed("ADMIN")
class SetupView extends VerticalLayout implements HasDynamicTitle {

    final OrderedList steps = new OrderedList();

    SetupView(SetupProgress progress, SeatsFile seatsFile) {
        addClassName("view-padding");
        setMaxWidth("60rem");
        steps.setId("setup-steps");
        steps.getStyle().set("padding-inline-start", "1.5em").set("margin", "0");
        showSteps(progress);
        add(new H2(getTranslation("setup.heading")), new Paragraph(getTranslation("setup.explanation")), steps,
                new SeatsUpload(seatsFile, () -> showSteps(progress)));
    }

    private void showSteps(SetupProgress progress) {
        steps.removeAll();
        for (StepStatus status : progress.steps()) {
            steps.add(step(status));
        }
    }

    private ListItem step(StepStatus status) {
        String key = "setup.step." + status.step().name();
        Span mark = new Span(status.complete() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create());
        mark.getStyle().set("color", status.complete() ? "var(--lumo-success-text-color)"
                : "var(--lumo-secondary-text-color)").set("margin-inline-end", "var(--lumo-space-s)");
        H3 title = new H3(getTranslation(key));
        title.getStyle().set("display", "inline").set("font-size", "var(--lumo-font-size-l)");
        Span state = new Span(getTranslation(status.complete() ? "setup.done" : status.required() ? "setup.todo"
                : "setup.optional"));
        state.addClassName("setup-state");
        state.getStyle().set("margin-inline-start", "var(--lumo-space-s)").set("font-weight", "600");
        Paragraph count = new Paragraph(getTranslation(key + ".count", Formats.integer(status.done()),
                Formats.integer(status.of())));
        count.getStyle().set("margin", "0");
        Paragraph what = new Paragraph(getTranslation(key + ".what"));
        what.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div(count, what);
        Component link = link(status.step());
        if (link != null) {
            body.add(link);
        }
        ListItem item = new ListItem(new Div(mark, title, state), body);
        item.setId("setup-" + status.step().name());
        item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return item;
    }

    private Component link(Step step) {
        return switch (step) {
            case SEATS, QUOTAS, ROSTERS -> new RouterLink(getTranslation("setup.link.entry"), CommuneEntryView.class);
            case ACCOUNTS -> new RouterLink(getTranslation("setup.link.accounts"), UserAdminView.class);
            case BASELINE -> new RouterLink(getTranslation("setup.link.freeze"), FreezeView.class);
            case MACHINE_KEY -> new RouterLink(getTranslation("setup.link.keys"), ApiTokenView.class);
            case COMMUNES -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.heading") + " – " + getTranslation("app.brand");
    }
}
