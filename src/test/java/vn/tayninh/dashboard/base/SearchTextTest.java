package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one comparison of every search box and picker: no diacritics, no case, words in any order. */
class SearchTextTest {

    private static final List<String> NAMES = List.of("Nguyễn Thị Ngọc Hân", "Lê Văn Khang", "Trần Thị Thanh",
            "Phạm Văn Hà", "Xã Hưng Điền", "Đặng Thị Kiều Oanh");

    @Test
    void whatPeopleTypeFindsTheNamesTheyMean() {
        assertThat(found("ngoc han")).containsExactly("Nguyễn Thị Ngọc Hân");
        assertThat(found("han")).containsExactly("Nguyễn Thị Ngọc Hân", "Lê Văn Khang", "Trần Thị Thanh");
        assertThat(found("hung dien")).containsExactly("Xã Hưng Điền");
        assertThat(found("ĐIỀN   hưng")).containsExactly("Xã Hưng Điền");
        assertThat(found("dang oanh")).containsExactly("Đặng Thị Kiều Oanh");
        // a name typed with combining accents is the same name
        assertThat(found(Normalizer.normalize("Ngọc Hân", Normalizer.Form.NFD))).containsExactly("Nguyễn Thị Ngọc Hân");
        assertThat(found("  ")).hasSize(NAMES.size());
        assertThat(found("hoa")).isEmpty();
    }

    @Test
    void foldingDropsMarksCaseAndExtraSpaces() {
        assertThat(SearchText.fold("  Phường  TÂN Ninh ")).isEqualTo("phuong tan ninh");
        assertThat(SearchText.fold("Đỗ Thị Ữ")).isEqualTo("do thi u");
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.isBlank(" \t")).isTrue();
    }

    private static List<String> found(String query) {
        return NAMES.stream().filter(name -> SearchText.matches(name, query)).toList();
    }
}
