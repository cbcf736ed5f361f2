package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Vietnamese and English, and Vietnamese is served whatever the JVM's locale. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() {
        ResourceBundle vietnamese = Translations.bundle(Translations.VIETNAMESE);
        ResourceBundle english = Translations.bundle(Translations.ENGLISH);
        Set<String> keys = vietnamese.keySet();
        assertThat(keys).hasSizeGreaterThan(20).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(keys).allSatisfy(key -> {
            assertThat(vietnamese.getString(key)).as(key).isNotBlank();
            assertThat(english.getString(key)).as(key).isNotBlank();
        });
    }

    @Test
    void vietnameseIsServedEvenWhenTheServerRunsInEnglish() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(translations.getTranslation("nav.logout", Translations.VIETNAMESE)).isEqualTo("Đăng xuất");
            assertThat(translations.getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Đăng xuất");
            assertThat(translations.getTranslation("nav.logout", Translations.ENGLISH)).isEqualTo("Sign out");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void parametersAreFormattedAndMissingKeysAreVisible() {
        assertThat(translations.getTranslation("communes.total", Translations.VIETNAMESE, 96))
                .isEqualTo("Tổng cộng: 96 đơn vị");
        assertThat(translations.getTranslation("no.such.key", Translations.VIETNAMESE)).isEqualTo("!no.such.key");
    }

    @Test
    void numbersAndDatesUseVietnameseFormats() {
        assertThat(Formats.integer(9279)).isEqualTo("9.279");
        assertThat(Formats.percent(0.8456)).isEqualTo("84,6 %");
        assertThat(Formats.date(java.time.LocalDate.of(2026, 6, 2))).isEqualTo("02/06/2026");
    }
}
