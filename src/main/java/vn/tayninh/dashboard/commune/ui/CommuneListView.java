package vn.tayninh.dashboard.commune.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.commune.CommuneType;

/** The 96 communes and wards with their type, former province and district, and active cadres today. */
@Route("xa-phuong")
@Menu(title = "nav.communes", order = 10, icon = "vaadin:building")
@PermitAll
class CommuneListView extends VerticalLayout implements HasDynamicTitle {

    record Row(Commune commune, long activeCadres) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<CommuneType> type = new Select<>();
    private final ListDataProvider<Row> rows;

    CommuneListView(CommuneService communes, CadreService cadres, Clock clock) {
        Map<Long, Long> active = cadres.countActiveByCommune(LocalDate.now(clock));
        List<Row> data = communes.findAll().stream()
                .map(c -> new Row(c, active.getOrDefault(c.getId(), 0L))).toList();
        rows = new ListDataProvider<>(data);

        addClassName("view-padding");
        setSizeFull();
        add(new H2(getTranslation("communes.heading")), filters(), grid);
        configureGrid(data);
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("communes.search"));
        search.setAriaLabel(getTranslation("communes.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilters());

        type.setLabel(getTranslation("communes.type"));
        type.setItems(CommuneType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("communes.type.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("communes.type.all") : typeLabel(t));
        type.addValueChangeListener(e -> applyFilters());

        HorizontalLayout bar = new HorizontalLayout(search, type);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid(List<Row> data) {
        grid.setDataProvider(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.commune().getName()).setHeader(getTranslation("communes.name"))
                .setKey("name").setSortable(true).setAutoWidth(true).setFlexGrow(2)
                .setFooter(getTranslation("communes.total", data.size()));
        grid.addColumn(r -> typeLabel(r.commune().getType())).setHeader(getTranslation("communes.type"))
                .setKey("type").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.commune().getFormerProvince()).setHeader(getTranslation("communes.formerProvince"))
                .setKey("formerProvince").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.commune().getFormerDistricts()).setHeader(getTranslation("communes.formerDistricts"))
                .setKey("formerDistricts").setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> r.commune().isBorder() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("communes.border")).setKey("border").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.commune().isDongThapMuoi() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("communes.dongThapMuoi")).setKey("dongThapMuoi").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.integer(r.activeCadres())).setHeader(getTranslation("communes.activeCadres"))
                .setKey("activeCadres").setComparator(Row::activeCadres).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFooter(Formats.integer(data.stream().mapToLong(Row::activeCadres).sum()));
        grid.setSizeFull();
    }

    private void applyFilters() {
        String needle = fold(search.getValue());
        CommuneType wanted = type.getValue();
        rows.setFilter(r -> fold(r.commune().getName()).contains(needle)
                && (wanted == null || r.commune().getType() == wanted));
    }

    private String typeLabel(CommuneType t) {
        return getTranslation("commune.type." + t.name());
    }

    /** Lower case without diacritics, so that "tan ninh" finds "Phường Tân Ninh". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communes.heading") + " – " + getTranslation("app.brand");
    }
}
