package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.Freshness;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.ReportingFreeze;

/**
 * The filter bar of the dashboard pages: reporting date or live, rating year, and the area. Folded into one line
 * that says what is selected ("Toàn tỉnh · số liệu trực tiếp · xếp loại 2026"), it opens on demand. It only edits
 * a {@link DashboardFilter}; the page puts it in the URL and redraws.
 */
public class DashboardFilterBar extends Details {

    private final Consumer<DashboardFilter> onChange;
    private DashboardFilter filter;
    private final Select<LocalDate> reporting;
    private final Select<Integer> year;
    private final Select<CommuneType> type;
    private final Select<Boolean> border;
    private final Select<Boolean> dongThapMuoi;
    private final Select<String> province;
    private final ComboBox<String> district;
    private final Span summary = new Span();
    private final List<ReportingFreeze> freezes;
    private final List<Integer> ratingYears;

    /** The bar with the reporting dates, rating years and areas the data offers. */
    public static DashboardFilterBar of(DashboardFilter filter, IndicatorEngine engine, FreezeService freezes,
                                 CommuneService communes, Clock clock, Consumer<DashboardFilter> onChange) {
        List<Commune> all = communes.findAll();
        List<String> provinces = all.stream().map(Commune::getFormerProvince).distinct().sorted().toList();
        List<String> districts = new ArrayList<>(new TreeSet<>(all.stream()
                .flatMap(c -> Scope.formerDistrictsOf(c).stream()).toList()));
        List<Integer> years = List.copyOf(engine.ratingsByYear(Scope.province(), LocalDate.now(clock), Freshness.PROVISIONAL_ALLOWED).keySet());
        return new DashboardFilterBar(filter, freezes.findAll(), years, provinces, districts, onChange);
    }

    DashboardFilterBar(DashboardFilter filter, List<ReportingFreeze> freezes, List<Integer> ratingYears,
                       List<String> formerProvinces, List<String> formerDistricts, Consumer<DashboardFilter> onChange) {
        this.filter = filter;
        this.onChange = onChange;
        this.freezes = freezes;
        this.ratingYears = ratingYears;
        addClassName("filter-details");
        summary.addClassName("filter-summary");
        Span icon = new Span(VaadinIcon.FILTER.create());
        icon.addClassName("filter-summary-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        setSummary(new Span(icon, summary));
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("filter-bar");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        List<LocalDate> dates = freezes.stream().map(ReportingFreeze::getAsOfDate).toList();
        reporting = select("filter.reportingDate", dates, filter.reportingDate(),
                getTranslation("filter.live"), date -> getTranslation("filter.frozen", Formats.date(date),
                        labelOf(freezes, date, getLocale())));
        reporting.setId("date");
        reporting.addValueChangeListener(e -> changed(this.filter.withReportingDate(e.getValue())));

        year = select("filter.ratingYear", ratingYears, filter.ratingYear(),
                getTranslation("filter.latest"), String::valueOf);
        year.setEnabled(filter.isLive());
        year.setId("year");
        year.addValueChangeListener(e -> changed(this.filter.withRatingYear(e.getValue())));

        type = select("filter.type", List.of(CommuneType.values()), filter.type(),
                getTranslation("filter.all"), t -> getTranslation("commune.type." + t.name()));
        type.setId("type");
        type.addValueChangeListener(e -> changed(this.filter.withType(e.getValue())));

        border = yesNo("filter.border", filter.border());
        border.setId("border");
        border.addValueChangeListener(e -> changed(this.filter.withBorder(e.getValue())));
        dongThapMuoi = yesNo("filter.dongThapMuoi", filter.dongThapMuoi());
        dongThapMuoi.setId("dtm");
        dongThapMuoi.addValueChangeListener(e -> changed(this.filter.withDongThapMuoi(e.getValue())));

        province = select("filter.formerProvince", formerProvinces, filter.formerProvince(),
                getTranslation("filter.all"), p -> p);
        province.setId("former-province");
        province.addValueChangeListener(e -> changed(this.filter.withFormerProvince(e.getValue())));

        district = new ComboBox<>(getTranslation("filter.formerDistrict"));
        SearchBoxes.searchable(district, formerDistricts, d -> d);
        district.setPlaceholder(getTranslation("filter.all"));
        district.setClearButtonVisible(true);
        district.setValue(filter.formerDistrict());
        district.setWidth("18em");
        district.setId("former-district");
        district.addValueChangeListener(e -> changed(this.filter.withFormerDistrict(e.getValue())));

        bar.add(reporting, year, type, border, dongThapMuoi, province, district);
        add(bar);
        summary.setText(describe(filter));
    }

    /**
     * What the filter selects, in one line: the area (the whole province, or each criterion), live or frozen figures,
     * and the rating year in force (the freeze's, the one chosen, or the latest).
     */
    String describe(DashboardFilter shown) {
        List<String> area = new ArrayList<>();
        if (shown.type() != null) {
            area.add(getTranslation("commune.type." + shown.type().name()));
        }
        if (shown.border() != null) {
            area.add(getTranslation(shown.border() ? "filter.summary.border" : "filter.summary.notBorder"));
        }
        if (shown.dongThapMuoi() != null) {
            area.add(getTranslation(shown.dongThapMuoi() ? "filter.summary.dtm" : "filter.summary.notDtm"));
        }
        if (shown.formerProvince() != null) {
            area.add(getTranslation("filter.summary.formerProvince", shown.formerProvince()));
        }
        if (shown.formerDistrict() != null) {
            area.add(shown.formerDistrict());
        }
        List<String> parts = new ArrayList<>();
        parts.add(area.isEmpty() ? getTranslation("filter.summary.province") : String.join(", ", area));
        if (!reporting.isVisible()) {
            return parts.getFirst();
        }
        ReportingFreeze freeze = shown.isLive() ? null : freezes.stream()
                .filter(f -> f.getAsOfDate().equals(shown.reportingDate())).findFirst().orElse(null);
        Integer year;
        if (freeze == null) {
            parts.add(getTranslation("filter.summary.live"));
            year = shown.ratingYear() != null ? shown.ratingYear()
                    : ratingYears.stream().max(Integer::compareTo).orElse(null);
        } else {
            parts.add(getTranslation("filter.summary.frozen", Formats.date(freeze.getAsOfDate())));
            year = freeze.getRatingYear();
        }
        if (year != null) {
            parts.add(getTranslation("filter.summary.ratingYear", String.valueOf(year)));
        }
        return String.join(" · ", parts);
    }

    /**
     * For a page whose dates are its own (the comparison of two dates): only the area filters show, and the summary
     * names only the area.
     */
    public DashboardFilterBar areaOnly() {
        reporting.setVisible(false);
        year.setVisible(false);
        summary.setText(describe(filter));
        return this;
    }

    /** The one line saying what is selected. */
    public String summaryText() {
        return summary.getText();
    }

    /**
     * Shows another filter (one that came from the URL) in the fields; the fields' listeners compare with it, so
     * syncing them reports no change.
     */
    public void show(DashboardFilter shown) {
        filter = shown;
        reporting.setValue(shown.reportingDate());
        year.setValue(shown.ratingYear());
        year.setEnabled(shown.isLive());
        type.setValue(shown.type());
        border.setValue(shown.border());
        dongThapMuoi.setValue(shown.dongThapMuoi());
        province.setValue(shown.formerProvince());
        district.setValue(shown.formerDistrict());
        summary.setText(describe(shown));
    }

    private void changed(DashboardFilter next) {
        if (!next.equals(filter)) {
            onChange.accept(next);
        }
    }

    /** A select whose empty choice means "no criterion" (or live figures, or the latest year). */
    private <T> Select<T> select(String labelKey, List<T> items, T value, String emptyCaption,
                                 ItemLabelGenerator<T> labels) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyCaption);
        select.setItemLabelGenerator(item -> item == null ? emptyCaption : labels.apply(item));
        select.setValue(value);
        return select;
    }

    private Select<Boolean> yesNo(String labelKey, Boolean value) {
        return select(labelKey, List.of(Boolean.TRUE, Boolean.FALSE), value, getTranslation("filter.all"),
                b -> getTranslation(b ? "common.yes" : "common.no"));
    }

    private static String labelOf(List<ReportingFreeze> freezes, LocalDate date, Locale locale) {
        return freezes.stream().filter(f -> f.getAsOfDate().equals(date)).map(f -> f.label(locale))
                .findFirst().orElse("");
    }
}
