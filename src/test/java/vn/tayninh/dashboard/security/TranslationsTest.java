package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TranslationsTest {

    @Test
    void englishTranslatesEveryLoginText() throws IOException {
        Properties vietnamese = load("translations.properties");
        Properties english = load("translations_en.properties");

        assertThat(vietnamese.stringPropertyNames()).filteredOn(key -> key.startsWith("login.")).isNotEmpty()
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(vietnamese).containsKey(key));
    }

    @Test
    void vietnameseIsTheDefaultBundleAndHasItsDiacritics() throws IOException {
        assertThat(load("translations_vi.properties")).isEmpty();
        assertThat(load("translations.properties").getProperty("login.error.title"))
                .isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("vaadin-i18n/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
