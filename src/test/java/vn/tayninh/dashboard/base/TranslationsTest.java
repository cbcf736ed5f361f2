package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.ErrorLog;

/** Every UI text exists in Vietnamese and English, and Vietnamese is served whatever the JVM's locale. */
@ErrorLog.Expected(loggers = "vn.tayninh.dashboard.base.Translations",
        because = "a missing key is looked up on purpose, to see that it shows as \"!key\"")
class TranslationsTest {

    private final Translations translations = new Translations();

    /**
     * Reads each file on its own: the English bundle has the Vietnamese one as its parent, so a key missing from the
     * English file would otherwise be found, silently, in Vietnamese.
     */
    @Test
    void vietnameseAndEnglishFilesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vietnamese = file("translations.properties");
        Properties english = file("translations_en.properties");
        Set<String> onlyVietnamese = new TreeSet<>(vietnamese.stringPropertyNames());
        onlyVietnamese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(vietnamese.stringPropertyNames());
        assertThat(onlyVietnamese).as("keys missing from translations_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing from translations.properties").isEmpty();
        assertThat(vietnamese.stringPropertyNames()).hasSizeGreaterThan(20).allSatisfy(key -> {
            assertThat(vietnamese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }

    /**
     * A key written twice in one file keeps only its last text, silently: the bundles are merged by union when two
     * lines of work add keys (see .gitattributes), so two texts for one key must fail here.
     */
    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String name : List.of("translations.properties", "translations_en.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
                assertThat(in).as(name).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0
                            && !seen.add(line.substring(0, equals).strip())) {
                        twice.add(line.substring(0, equals).strip());
                    }
                }
            }
            assertThat(twice).as("keys written twice in " + name).isEmpty();
        }
    }

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
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
    void aStoredKeyIsShownInTheReadersLanguageAndOtherStoredTextAsItIs() {
        String stored = Translations.key("freeze.label.default");
        assertThat(Translations.stored(stored, Translations.VIETNAMESE, "02/06/2026")).isEqualTo("Chốt số liệu 02/06/2026");
        assertThat(Translations.stored(stored, Translations.ENGLISH, "02/06/2026")).isEqualTo("Figures frozen on 02/06/2026");
        assertThat(Translations.stored("Quý II/2026", Translations.ENGLISH)).isEqualTo("Quý II/2026");
    }

    @Test
    void numbersAndDatesUseVietnameseFormats() {
        assertThat(Formats.integer(9279)).isEqualTo("9.279");
        assertThat(Formats.percent(0.8456)).isEqualTo("84,6 %");
        assertThat(Formats.date(java.time.LocalDate.of(2026, 6, 2))).isEqualTo("02/06/2026");
    }
}
