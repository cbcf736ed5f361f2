package vn.tayninh.dashboard.indicator;

import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneType;

/**
 * Which communes a figure covers: the province (no criterion), one commune, or the communes matching every
 * criterion given (type, border, Đồng Tháp Mười, former province, former district). Null means "any".
 */
public record Scope(String communeCode, CommuneType type, Boolean border, Boolean dongThapMuoi,
                    String formerProvince, String formerDistrict) {

    public static Scope province() {
        return new Scope(null, null, null, null, null, null);
    }

    public static Scope commune(String code) {
        return new Scope(code, null, null, null, null, null);
    }

    public boolean isProvince() {
        return equals(province());
    }

    public boolean isSingleCommune() {
        return communeCode != null;
    }

    public boolean includes(Commune commune) {
        return (communeCode == null || communeCode.equals(commune.getCode()))
                && (type == null || type == commune.getType())
                && (border == null || border == commune.isBorder())
                && (dongThapMuoi == null || dongThapMuoi == commune.isDongThapMuoi())
                && (formerProvince == null || formerProvince.equals(commune.getFormerProvince()))
                && (formerDistrict == null || formerDistrictsOf(commune).contains(formerDistrict));
    }

    /** The former districts a commune was formed from ("Huyện A, Huyện B" in the reference data). */
    public static java.util.List<String> formerDistrictsOf(Commune commune) {
        return java.util.Arrays.stream(commune.getFormerDistricts().split(",\\s*")).map(String::strip).toList();
    }

    public Scope withType(CommuneType value) {
        return new Scope(communeCode, value, border, dongThapMuoi, formerProvince, formerDistrict);
    }

    public Scope withBorder(Boolean value) {
        return new Scope(communeCode, type, value, dongThapMuoi, formerProvince, formerDistrict);
    }

    public Scope withDongThapMuoi(Boolean value) {
        return new Scope(communeCode, type, border, value, formerProvince, formerDistrict);
    }

    public Scope withFormerProvince(String value) {
        return new Scope(communeCode, type, border, dongThapMuoi, value, formerDistrict);
    }

    public Scope withFormerDistrict(String value) {
        return new Scope(communeCode, type, border, dongThapMuoi, formerProvince, value);
    }
}
