package vn.tayninh.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * The area and date of a report in words, in Vietnamese, as written on a pack's cover, a table's title and in the
 * header band of a chart image: "Toàn tỉnh Tây Ninh (96 xã, phường)", "Xã Hưng Điền", "Các xã, phường: biên giới…".
 */
public final class ScopeText {

    private final Translations translations;

    public ScopeText(Translations translations) {
        this.translations = translations;
    }

    /** {@code communes}: those in the scope (for a single commune, that one). */
    public String describe(Scope scope, List<Commune> communes) {
        if (scope.isSingleCommune()) {
            return communes.isEmpty() ? scope.communeCode() : communes.getFirst().getName();
        }
        String count = t("export.scope.count", Formats.integer(communes.size()));
        if (scope.isProvince()) {
            return t("export.scope.province") + " (" + count + ")";
        }
        List<String> parts = new ArrayList<>();
        if (scope.type() != null) {
            parts.add(t("export.scope.type." + scope.type().name()));
        }
        if (scope.border() != null) {
            parts.add(t("export.scope.border." + scope.border()));
        }
        if (scope.dongThapMuoi() != null) {
            parts.add(t("export.scope.dtm." + scope.dongThapMuoi()));
        }
        if (scope.formerProvince() != null) {
            parts.add(t("export.scope.formerProvince", scope.formerProvince()));
        }
        if (scope.formerDistrict() != null) {
            parts.add(t("export.scope.formerDistrict", scope.formerDistrict()));
        }
        return t("export.scope.filtered", String.join("; ", parts)) + " (" + count + ")";
    }

    /** "Số liệu đến ngày 22/11/2026" or, for frozen figures, "Số liệu đã chốt ngày 30/06/2026". */
    public String asOf(ReportRequest request) {
        return t(request.frozen() ? "export.asOf.frozen" : "export.asOf", Formats.date(request.asOf()));
    }

    private String t(String key, Object... params) {
        return ExportText.nfc(translations.vietnamese(key, params));
    }
}
