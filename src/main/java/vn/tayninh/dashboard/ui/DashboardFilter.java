package vn.tayninh.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.Freshness;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * What a dashboard page shows, kept in the URL so that a view can be shared and survives a reload:
 * a frozen reporting date or live figures, the rating year, and the area (type, border, Đồng Tháp Mười,
 * former province, former district). Unknown or malformed values are ignored, never an error page.
 *
 * @param reportingDate a frozen reporting date, or null for live figures
 * @param ratingYear    the rating year of T6, or null for the latest
 */
public record DashboardFilter(LocalDate reportingDate, Integer ratingYear, CommuneType type, Boolean border,
                              Boolean dongThapMuoi, String formerProvince, String formerDistrict) {

    public static final DashboardFilter LIVE = new DashboardFilter(null, null, null, null, null, null, null);

    public static DashboardFilter from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new DashboardFilter(date(first(p, "ngay")), year(first(p, "nam")), type(first(p, "loai")),
                bool(first(p, "bien-gioi")), bool(first(p, "dtm")), text(first(p, "tinh-cu")), text(first(p, "huyen-cu")));
    }

    public QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "ngay", reportingDate);
        put(p, "nam", ratingYear);
        put(p, "loai", type);
        put(p, "bien-gioi", border);
        put(p, "dtm", dongThapMuoi);
        put(p, "tinh-cu", formerProvince);
        put(p, "huyen-cu", formerDistrict);
        return QueryParameters.simple(p);
    }

    public Scope scope() {
        return new Scope(null, type, border, dongThapMuoi, formerProvince, formerDistrict);
    }

    /**
     * The figures this filter asks for over its area: frozen at the reporting date, or live today. A date at which
     * nothing was frozen shows the live figures, as any other value the URL gets wrong is ignored.
     */
    public Overview overview(IndicatorEngine engine, Clock clock) {
        return overview(engine, clock, scope());
    }

    /** The same for another scope, such as one commune of the area. */
    public Overview overview(IndicatorEngine engine, Clock clock, Scope scope) {
        if (reportingDate != null) {
            try {
                return engine.frozen(reportingDate, scope);
            } catch (IllegalArgumentException notFrozen) {
                // live figures below
            }
        }
        // every page showing it says when the figures are provisional (FiguresCaption, Headline)
        return engine.overview(scope, LocalDate.now(clock), ratingYear, Freshness.PROVISIONAL_ALLOWED);
    }

    /** This filter, live instead of at a reporting date that was never frozen (an old or hand-written link). */
    public DashboardFilter withKnownReportingDate(java.util.Collection<LocalDate> frozenDates) {
        return isLive() || frozenDates.contains(reportingDate) ? this : withReportingDate(null);
    }

    public boolean isLive() {
        return reportingDate == null;
    }

    /** The as-of date of the figures: the reporting date, or today. */
    public LocalDate asOf(Clock clock) {
        return reportingDate != null ? reportingDate : LocalDate.now(clock);
    }

    public DashboardFilter withReportingDate(LocalDate value) {
        return new DashboardFilter(value, ratingYear, type, border, dongThapMuoi, formerProvince, formerDistrict);
    }

    public DashboardFilter withRatingYear(Integer value) {
        return new DashboardFilter(reportingDate, value, type, border, dongThapMuoi, formerProvince, formerDistrict);
    }

    public DashboardFilter withType(CommuneType value) {
        return new DashboardFilter(reportingDate, ratingYear, value, border, dongThapMuoi, formerProvince, formerDistrict);
    }

    public DashboardFilter withBorder(Boolean value) {
        return new DashboardFilter(reportingDate, ratingYear, type, value, dongThapMuoi, formerProvince, formerDistrict);
    }

    public DashboardFilter withDongThapMuoi(Boolean value) {
        return new DashboardFilter(reportingDate, ratingYear, type, border, value, formerProvince, formerDistrict);
    }

    public DashboardFilter withFormerProvince(String value) {
        return new DashboardFilter(reportingDate, ratingYear, type, border, dongThapMuoi, value, formerDistrict);
    }

    public DashboardFilter withFormerDistrict(String value) {
        return new DashboardFilter(reportingDate, ratingYear, type, border, dongThapMuoi, formerProvince, value);
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value instanceof Boolean b ? (b ? "co" : "khong") : value.toString());
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer year(String text) {
        try {
            int year = text == null ? 0 : Integer.parseInt(text);
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CommuneType type(String text) {
        for (CommuneType t : CommuneType.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return null;
    }

    private static Boolean bool(String text) {
        return "co".equals(text) ? Boolean.TRUE : "khong".equals(text) ? Boolean.FALSE : null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
