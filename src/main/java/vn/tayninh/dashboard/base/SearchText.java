package vn.tayninh.dashboard.base;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * How every search box and picker compares what a person types with a name: without diacritics and case, "đ" as
 * "d", word by word in any order, so that "ngoc han" finds "Nguyễn Thị Ngọc Hân", "hung dien" finds "Xã Hưng Điền",
 * and "han" finds Hân as well as Khang and Thanh. One definition for every page.
 */
public final class SearchText {

    private SearchText() {
    }

    /** Lower case without diacritics, "đ" as "d", white space runs as one space, trimmed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("(?U)\\s+", " ").strip();
    }

    /** Whether every word typed ({@code query}, blank: everything) is in {@code text}, both folded. */
    public static boolean matches(String text, String query) {
        String needle = fold(query);
        if (needle.isEmpty()) {
            return true;
        }
        String haystack = fold(text);
        return Arrays.stream(needle.split(" ")).allMatch(haystack::contains);
    }

    /** Whether a search was typed at all. */
    public static boolean isBlank(String query) {
        return fold(query).isEmpty();
    }
}
