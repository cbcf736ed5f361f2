package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationFilter;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.export.GridExport;
import vn.tayninh.dashboard.export.ui.ExportJobs;
import vn.tayninh.dashboard.export.ui.GridExportButtons;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.DisplayNames;
import vn.tayninh.dashboard.security.Role;

/**
 * Every request for explanation the reader may see (a commune editor: their commune's), filtered by state,
 * target, commune and overdue, with an XLSX/CSV export of what is shown. A row opens the request to read, answer or
 * decide.
 */
@Route("giai-trinh")
@Menu(title = "nav.explanations", order = 25, icon = "vaadin:comment-ellipsis-o")
@PermitAll
class ExplanationsView extends VerticalLayout implements HasDynamicTitle {

    final Select<ExplanationState> state = new Select<>();
    final Select<String> target = new Select<>();
    final ComboBox<Commune> commune = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final ExplanationGrid grid;
    private final Explanations explanations;

    ExplanationsView(Explanations explanations, CommuneService communes, IndicatorEngine engine, CommuneAccess access,
                     AuthenticatedUser user, ExportJobs jobs, Clock clock, DisplayNames names) {
        this.explanations = explanations;
        addClassName("view-padding");
        CurrentUser me = user.require();
        List<Commune> all = communes.findAll();

        state.setLabel(getTranslation("explanation.field.state"));
        state.setId("explanations-state");
        state.setItems(Arrays.asList(ExplanationState.values()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("common.all")
                : getTranslation("explanation.state." + s.name()));
        target.setLabel(getTranslation("explanation.field.target"));
        target.setItems(engine.targets().stream().map(Target::getCode).toList());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("common.all"));
        target.setItemLabelGenerator(code -> code == null ? getTranslation("common.all") : code);
        commune.setLabel(getTranslation("explanation.field.commune"));
        SearchBoxes.searchable(commune, all, Commune::getName);
        commune.setClearButtonVisible(true);
        if (me.role() == Role.COMMUNE_EDITOR) {
            all.stream().filter(c -> c.getId().equals(me.communeId())).findFirst().ifPresent(commune::setValue);
            commune.setReadOnly(true);
        }
        overdue.setLabel(getTranslation("explanations.onlyOverdue"));
        overdue.setId("explanations-overdue");

        grid = new ExplanationGrid(explanations, access, names, clock.getZone(), this::filter, true);
        grid.setId("explanations");
        state.addValueChangeListener(e -> grid.refresh());
        target.addValueChangeListener(e -> grid.refresh());
        commune.addValueChangeListener(e -> grid.refresh());
        overdue.addValueChangeListener(e -> grid.refresh());

        // built when asked, in the page's language; the filter's values are taken then, the query runs in the background
        GridExportButtons<ExplanationDetails> download = new GridExportButtons<>(jobs,
                "giai-trinh-" + LocalDate.now(clock), texts -> GridExport.<ExplanationDetails>create(
                                texts.get("explanations.heading"))
                        .text(texts.get("explanation.field.commune"), ExplanationDetails::communeName)
                        .text(texts.get("explanation.field.target"), ExplanationDetails::targetCode)
                        .date(texts.get("explanation.field.asOf"), ExplanationDetails::asOf)
                        .date(texts.get("explanation.field.dueDate"), ExplanationDetails::dueDate)
                        .text(texts.get("explanation.field.state"), e -> ExplanationBadge.text(texts, e))
                        .text(texts.get("explanation.field.request"), ExplanationDetails::request)
                        .text(texts.get("explanation.field.cause"), ExplanationDetails::cause)
                        .text(texts.get("explanation.field.remedy"), ExplanationDetails::remedy)
                        .date(texts.get("explanation.field.expectedBy"), ExplanationDetails::expectedBy)
                        .text(texts.get("explanation.field.comment"), ExplanationDetails::returnComment),
                () -> {
                    ExplanationFilter asked = filter();
                    return () -> explanations.find(asked);
                });

        HorizontalLayout filters = new HorizontalLayout(state, target, commune, overdue, download);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("explanations.heading")), new Paragraph(getTranslation("explanations.explanation")),
                filters, grid);
    }

    ExplanationFilter filter() {
        return new ExplanationFilter(commune.getValue() == null ? null : commune.getValue().getId(), state.getValue(),
                target.getValue(), overdue.getValue() ? Boolean.TRUE : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explanations.heading") + " – " + getTranslation("app.brand");
    }
}
