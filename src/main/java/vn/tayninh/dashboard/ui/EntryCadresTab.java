package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * The entry page's cadres: search, add, and per cadre edit, appoint, rate and record a departure. Built once per
 * page and shown again for each commune.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class EntryCadresTab extends VerticalLayout {

    private final CadreService cadres;
    private final CadreEditor editor;
    private final RatingEditor ratings;
    private final Clock clock;

    private final Grid<Cadre> grid = new Grid<>();
    private final TextField search = new TextField();
    private Commune commune;
    private Map<Long, List<Position>> titles = Map.of();
    /** Tells the page that something was saved, with the translation key of the confirmation (or null). */
    private Consumer<String> saved = key -> { };

    EntryCadresTab(CadreService cadres, CadreEditor editor, RatingEditor ratings, Clock clock) {
        this.cadres = cadres;
        this.editor = editor;
        this.ratings = ratings;
        this.clock = clock;
        setPadding(false);

        search.setId("entry-search");
        search.setPlaceholder(getTranslation("commune.cadres.search"));
        search.setAriaLabel(getTranslation("commune.cadres.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("entry-cadres");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Cadre::getFullName).setKey("fullName").setSortProperty("fullName")
                .setHeader(getTranslation("cadre.fullName")).setAutoWidth(true);
        grid.addColumn(c -> c.getBirthDate() == null ? "" : Formats.date(c.getBirthDate())).setKey("birthDate")
                .setSortProperty("birthDate").setHeader(getTranslation("entry.cadre.birthDate")).setAutoWidth(true);
        grid.addColumn(c -> c.getEducation() == null ? getTranslation("cadre.unknown")
                        : getTranslation("education." + c.getEducation().name())).setKey("education")
                .setSortProperty("education").setHeader(getTranslation("cadre.education")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", titles.getOrDefault(c.getId(), List.of()).stream()
                .map(p -> getTranslation("position." + p.name())).toList())).setKey("titles")
                .setHeader(getTranslation("cadre.titles"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("entry.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(
                query -> cadres.findActive(commune.getId(), LocalDate.now(clock), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) cadres.countActive(commune.getId(), LocalDate.now(clock), search.getValue()));
        PageGrids.screenHigh(grid);

        Button add = new Button(getTranslation("entry.cadre.add"), VaadinIcon.PLUS.create(),
                e -> new CadreDialog(editor, cadres, commune.getId(), null, clock,
                        created -> saved.accept("entry.saved.cadre")).open());
        add.setId("cadre-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(add, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    /** Shows another commune's cadres; {@code saved} hears of every save made here. */
    void show(Commune commune, Consumer<String> saved) {
        this.commune = commune;
        this.saved = saved;
        search.clear();
        refresh();
    }

    /** Opens the edit form of one of the commune's active cadres; nothing for another commune's or a departed one. */
    void edit(long cadreId) {
        cadres.findProfile(cadreId).map(profile -> profile.cadre())
                .filter(cadre -> cadre.getCommune().getId().equals(commune.getId()) && cadre.getEndDate() == null)
                .ifPresent(cadre -> new CadreDialog(editor, cadres, commune.getId(), cadre, clock,
                        updated -> saved.accept("entry.saved.cadre")).open());
    }

    /** Reads the titles held again and refills the grid. */
    void refresh() {
        Map<Long, List<Position>> byCadre = new HashMap<>();
        for (PositionHolding h : cadres.findActiveHoldings(commune.getId(), LocalDate.now(clock))) {
            byCadre.computeIfAbsent(h.getCadre().getId(), id -> new ArrayList<>()).add(h.getPosition());
        }
        titles = byCadre;
        grid.getDataProvider().refreshAll();
    }

    private Component actions(Cadre cadre) {
        Runnable changed = () -> saved.accept(null);
        Button edit = action(VaadinIcon.EDIT, "entry.cadre.edit", cadre,
                () -> new CadreDialog(editor, cadres, commune.getId(), cadre, clock,
                        updated -> saved.accept("entry.saved.cadre")).open());
        Button appoint = action(VaadinIcon.PLUS_CIRCLE, "entry.appoint.action", cadre,
                () -> new AppointmentDialog(editor, cadre, clock, changed).open());
        Button rate = action(VaadinIcon.STAR, "entry.rate.action", cadre,
                () -> new RatingDialog(ratings, cadre, clock, changed).open());
        Button depart = action(VaadinIcon.SIGN_OUT, "entry.depart.action", cadre,
                () -> new EndDialog(getTranslation("entry.depart.title", cadre.getFullName()),
                        getTranslation("entry.depart.explanation"), clock,
                        (date, reason) -> editor.depart(cadre.getId(), cadre.getVersion(), date, reason),
                        "entry.saved.departure", changed).open());
        depart.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, appoint, rate, depart);
        actions.setSpacing(false);
        return actions;
    }

    private Button action(VaadinIcon icon, String key, Cadre cadre, Runnable open) {
        Button button = new Button(icon.create(), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key) + ": " + cadre.getFullName());
        button.setTooltipText(getTranslation(key));
        button.addClassName("entry-" + key.substring("entry.".length()).replace('.', '-'));
        return button;
    }
}
