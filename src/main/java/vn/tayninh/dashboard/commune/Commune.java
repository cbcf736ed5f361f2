package vn.tayninh.dashboard.commune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A commune-level unit (xã or phường) of the province, as listed in the 2025 merger resolution. */
@Entity
public class Commune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "admin_code", nullable = false, unique = true, length = 10)
    private String adminCode;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 10)
    private CommuneType type;

    @Column(name = "former_province", nullable = false, length = 40)
    private String formerProvince;

    @Column(name = "former_districts", nullable = false)
    private String formerDistricts;

    /** Whether the unit's boundary runs along the Cambodian border; editable, officials may classify differently. */
    @Column(nullable = false)
    private boolean border;

    @Column(name = "dong_thap_muoi", nullable = false)
    private boolean dongThapMuoi;

    @Version
    private long version;

    protected Commune() {
    }

    public Commune(String code, String adminCode, String name, CommuneType type, String formerProvince,
                   String formerDistricts, boolean border, boolean dongThapMuoi) {
        this.code = code;
        this.adminCode = adminCode;
        this.name = name;
        this.type = type;
        this.formerProvince = formerProvince;
        this.formerDistricts = formerDistricts;
        this.border = border;
        this.dongThapMuoi = dongThapMuoi;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getAdminCode() {
        return adminCode;
    }

    public String getName() {
        return name;
    }

    public CommuneType getType() {
        return type;
    }

    public String getFormerProvince() {
        return formerProvince;
    }

    public String getFormerDistricts() {
        return formerDistricts;
    }

    public boolean isBorder() {
        return border;
    }

    public void setBorder(boolean border) {
        this.border = border;
    }

    public boolean isDongThapMuoi() {
        return dongThapMuoi;
    }

    public void setDongThapMuoi(boolean dongThapMuoi) {
        this.dongThapMuoi = dongThapMuoi;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code;
    }
}
