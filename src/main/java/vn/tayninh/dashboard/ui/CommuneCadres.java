package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Texts;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.export.GridExport;
import vn.tayninh.dashboard.export.ui.ExportJobs;
import vn.tayninh.dashboard.export.ui.ExportMenu;
import vn.tayninh.dashboard.export.ui.GridExportButtons;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * A commune's active cadres at a date on its page: searchable by name, each row opening the whole profile (every
 * attribute, the titles held with their decisions, the ratings by year), and the rows shown downloadable.
 */
class CommuneCadres extends Div {

    private final transient CadreService cadres;

    CommuneCadres(CadreService cadres, ExportJobs jobs, Commune commune, LocalDate asOf,
                  Map<Position, List<Cadre>> holders) {
        this.cadres = cadres;
        Map<Long, List<Position>> titles = new HashMap<>();
        holders.forEach((position, holding) ->
                holding.forEach(cadre -> titles.computeIfAbsent(cadre.getId(), id -> new ArrayList<>()).add(position)));

        TextField name = new TextField();
        name.setId("cadre-name");
        name.setPlaceholder(getTranslation("commune.cadres.search"));
        name.setAriaLabel(getTranslation("commune.cadres.search"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<Cadre> grid = new Grid<>();
        grid.setId("cadres");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Cadre::getFullName).setKey("fullName").setSortProperty("fullName")
                .setHeader(getTranslation("cadre.fullName")).setAutoWidth(true);
        grid.addColumn(c -> label("gender.", c.getGender())).setKey("gender").setSortProperty("gender")
                .setHeader(getTranslation("cadre.gender")).setAutoWidth(true);
        grid.addColumn(c -> birth(c, asOf)).setKey("birthDate").setSortProperty("birthDate")
                .setHeader(getTranslation("cadre.birthDate")).setAutoWidth(true);
        grid.addColumn(c -> label("education.", c.getEducation())).setKey("education").setSortProperty("education")
                .setHeader(getTranslation("cadre.education")).setAutoWidth(true);
        grid.addColumn(c -> label("theory.", c.getPoliticalTheory())).setKey("politicalTheory")
                .setSortProperty("politicalTheory").setHeader(getTranslation("cadre.politicalTheory")).setAutoWidth(true);
        grid.addColumn(c -> label("bloc.", c.getBloc())).setKey("bloc").setSortProperty("bloc")
                .setHeader(getTranslation("cadre.bloc")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", titles.getOrDefault(c.getId(), List.of()).stream()
                .map(this::positionLabel).toList())).setKey("titles").setHeader(getTranslation("cadre.titles"))
                // the titles take the width left, and wrap rather than being cut
                .setFlexGrow(3);
        grid.setItems(
                query -> cadres.findActive(commune.getId(), asOf, name.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) cadres.countActive(commune.getId(), asOf, name.getValue()));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(c -> profile(c, asOf)));
        PageGrids.screenHigh(grid);
        name.addValueChangeListener(e -> {
            grid.setEmptyStateText(getTranslation("search.none", e.getValue().strip()));
            grid.getDataProvider().refreshAll();
        });
        // the rows the grid shows: the same search, every page; the search is taken when asked, in the page's language
        GridExportButtons<Cadre> download = new GridExportButtons<>(jobs, "can-bo-" + commune.getCode() + "-" + asOf,
                texts -> GridExport.<Cadre>create(texts.get("export.grid.cadres"))
                        .title(texts.get("commune.cadres") + " – " + commune.getName(), Formats.date(asOf))
                        .text(texts.get("cadre.fullName"), Cadre::getFullName)
                        .text(texts.get("cadre.gender"), c -> label(texts, "gender.", c.getGender()))
                        .date(texts.get("cadre.birthDate"), Cadre::getBirthDate)
                        .text(texts.get("cadre.ethnicity"), Cadre::getEthnicity)
                        .text(texts.get("cadre.education"), c -> label(texts, "education.", c.getEducation()))
                        .text(texts.get("cadre.politicalTheory"), c -> label(texts, "theory.", c.getPoliticalTheory()))
                        .text(texts.get("cadre.bloc"), c -> label(texts, "bloc.", c.getBloc()))
                        .text(texts.get("cadre.titles"), c -> String.join(", ", titles.getOrDefault(c.getId(), List.of())
                                .stream().map(p -> texts.get("position." + p.name())).toList())),
                () -> {
                    String search = name.getValue();
                    return () -> cadres.findActive(commune.getId(), asOf, search, PageRequest.of(0,
                            Math.max(1, (int) cadres.countActive(commune.getId(), asOf, search)), Sort.by("fullName")));
                });
        // the grid's two files in a menu of their own beside the search, as the page's reports are in theirs
        HorizontalLayout tools = new HorizontalLayout(name, new ExportMenu().addAll(download.intoMenu()));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        // the page is a column that sizes its children to their content: the grid takes the page's width
        setWidthFull();
    }

    /** Every attribute of the record, the titles held with their decisions, and the ratings by year. */
    private Component profile(Cadre row, LocalDate asOf) {
        DescriptionList profile = new DescriptionList();
        profile.addClassName("cadre-profile");
        cadres.findProfile(row.getId()).ifPresent(p -> {
            Cadre c = p.cadre();
            fact(profile, "cadre.fullName", c.getFullName());
            fact(profile, "cadre.gender", label("gender.", c.getGender()));
            fact(profile, "cadre.birthDate", birth(c, asOf));
            fact(profile, "cadre.ethnicity", c.getEthnicity() == null ? getTranslation("cadre.unknown") : c.getEthnicity());
            fact(profile, "cadre.education", label("education.", c.getEducation()));
            fact(profile, "cadre.politicalTheory", label("theory.", c.getPoliticalTheory()));
            fact(profile, "cadre.stem", yesNo(c.isStem()));
            fact(profile, "cadre.bloc", label("bloc.", c.getBloc()));
            fact(profile, "cadre.plannedKeyTitle", yesNo(c.isPlannedKeyTitle()));
            fact(profile, "cadre.plannedCommittee", yesNo(c.isPlannedCommittee()));
            fact(profile, "cadre.sourcePool", yesNo(c.isSourcePool()));
            fact(profile, "cadre.llctAdvancedTrained", yesNo(c.isLlctAdvancedTrained()));
            fact(profile, "cadre.startDate", Formats.date(c.getStartDate()));
            profile.add(new DescriptionList.Term(getTranslation("cadre.titles")),
                    new DescriptionList.Description(list(p.holdings().stream().map(this::holding).toList())));
            profile.add(new DescriptionList.Term(getTranslation("cadre.ratings")),
                    new DescriptionList.Description(list(p.ratings().entrySet().stream()
                            .map(r -> getTranslation("cadre.rating", String.valueOf(r.getKey()),
                                    getTranslation("rating." + r.getValue().name())))
                            .toList())));
        });
        return profile;
    }

    private void fact(DescriptionList profile, String key, String value) {
        profile.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Component list(List<String> lines) {
        return lines.isEmpty() ? new Span(getTranslation("cadre.none"))
                : new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
    }

    private String holding(PositionHolding h) {
        String period = h.getEndDate() == null
                ? getTranslation("cadre.holding", positionLabel(h.getPosition()), Formats.date(h.getStartDate()))
                : getTranslation("cadre.holding.ended", positionLabel(h.getPosition()), Formats.date(h.getStartDate()),
                        Formats.date(h.getEndDate()));
        return h.getDecisionNumber() == null ? period
                : period + " – " + getTranslation("cadre.decision", h.getDecisionNumber());
    }

    private String birth(Cadre c, LocalDate asOf) {
        return c.getBirthDate() == null ? getTranslation("cadre.unknown") : getTranslation("cadre.birth",
                Formats.date(c.getBirthDate()), String.valueOf(Period.between(c.getBirthDate(), asOf).getYears()));
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? getTranslation("cadre.unknown") : getTranslation(prefix + value.name());
    }

    private static String label(Texts texts, String prefix, Enum<?> value) {
        return value == null ? texts.get("cadre.unknown") : texts.get(prefix + value.name());
    }

    private String positionLabel(Position position) {
        return getTranslation("position." + position.name());
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }
}
