package vn.tayninh.dashboard.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import vn.tayninh.dashboard.cadre.Gender;

/** Plausible Vietnamese full names, by gender and ethnicity, drawn from a seeded generator. */
final class DemoNames {

    // Weighted roughly like the frequency of family names in the South.
    private static final List<String> KINH_FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần", "Lê", "Lê", "Lê",
            "Phạm", "Phạm", "Huỳnh", "Huỳnh", "Võ", "Võ", "Phan", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Trương", "Đinh", "Mai", "Cao", "Lâm", "Tô", "Châu", "Thái", "Đoàn", "La");
    private static final List<String> MALE_MIDDLE = List.of(
            "Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Quốc", "Công", "Đức", "Hoàng", "Tấn", "Ngọc", "Trung");
    private static final List<String> FEMALE_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Hồng", "Bích", "Thùy");
    private static final List<String> MALE_GIVEN = List.of(
            "Hùng", "Dũng", "Tuấn", "Minh", "Phong", "Long", "Nam", "Sơn", "Hải", "Trung", "Khang", "Phúc",
            "Tài", "Lộc", "Thành", "Nghĩa", "Hiếu", "Tâm", "Bình", "An", "Quang", "Vinh", "Tùng", "Hòa", "Cường",
            "Đạt", "Thắng", "Toàn", "Hưng", "Khoa", "Nhân", "Triều", "Sang", "Duy", "Kiệt", "Lợi", "Phát");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Lan", "Hương", "Hạnh", "Mai", "Hoa", "Trang", "Thảo", "Ngân", "Nhung", "Phương", "Linh", "Yến",
            "Thủy", "Vân", "Diễm", "Trinh", "Hằng", "Loan", "Tuyết", "Oanh", "Nga", "Quyên", "Thu", "Xuân",
            "Hiền", "Dung", "Châu", "Ánh", "Nhi", "Uyên", "Trâm", "Giang");
    private static final List<String> KHMER_FAMILY = List.of("Thạch", "Danh", "Sơn", "Kim", "Lâm", "Chau");
    private static final List<String> KHMER_MALE_GIVEN = List.of(
            "Sà Rinh", "Sa Ron", "Sóc", "Phol", "Ny", "Sươl", "Vong", "Chanh", "Sà Phal", "Rươne");
    private static final List<String> KHMER_FEMALE_GIVEN = List.of(
            "Thị Sa Rươne", "Thị Chanh Thu", "Thị Sô Phia", "Thị Sóc Khum", "Thị Mây", "Thị Sà Rây");
    private static final List<String> CHAM_NAMES_MALE = List.of(
            "Mohamad Ly", "Sa Lim", "Ma Ry", "Ha Ly", "Sa Mách", "Mu Sa");
    private static final List<String> CHAM_NAMES_FEMALE = List.of(
            "Ma Ri Da", "Sa Phi Da", "Ha Si Mah", "Fa Ti Mah", "Ka Ri Mah");
    private static final List<String> HOA_FAMILY = List.of("Lâm", "Quách", "Lý", "Tăng", "Trương", "Mã", "Thái");

    private DemoNames() {
    }

    static String fullName(RandomGenerator random, Gender gender, String ethnicity) {
        boolean female = gender == Gender.NU;
        String kind = ethnicity == null ? "Kinh" : ethnicity;
        return switch (kind) {
            case "Khmer" -> pick(random, KHMER_FAMILY) + " "
                    + pick(random, female ? KHMER_FEMALE_GIVEN : KHMER_MALE_GIVEN);
            case "Chăm" -> pick(random, female ? CHAM_NAMES_FEMALE : CHAM_NAMES_MALE);
            case "Hoa" -> pick(random, HOA_FAMILY) + " " + (female ? "Thị " : "") + pick(random,
                    female ? FEMALE_GIVEN : MALE_GIVEN);
            default -> pick(random, KINH_FAMILY) + " " + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                    + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        };
    }

    private static String pick(RandomGenerator random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
