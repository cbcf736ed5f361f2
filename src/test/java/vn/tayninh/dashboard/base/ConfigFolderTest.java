package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The top-level {@code config/} folder is the operator's commented list of overrides: it changes nothing by itself
 * (the tests and a fresh checkout run on the defaults), holds no secret, and names only settings that the README's
 * configuration table explains.
 */
class ConfigFolderTest {

    private static final Pattern COMMENTED_SETTING = Pattern.compile("^#([a-z][a-z0-9.-]*[a-z0-9])=(.*)$");

    @Test
    void everyLineIsACommentAndEverySettingIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("config"))) {
            files = listing.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("application.properties", "application-mysql.properties");
        int settings = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                assertThat(trimmed.isEmpty() || trimmed.startsWith("#"))
                        .as("%s: an active line changes what a fresh checkout runs: %s", file, line).isTrue();
                Matcher setting = COMMENTED_SETTING.matcher(trimmed);
                if (setting.matches()) {
                    settings++;
                    String key = setting.group(1);
                    assertThat(readme).as("%s: %s is not in the README's configuration table", file, key)
                            .contains("`" + key + "`");
                    if (key.contains("password")) {
                        assertThat(setting.group(2)).as("%s: %s holds a value", file, key).isEmpty();
                    }
                }
            }
        }
        assertThat(settings).isGreaterThan(15);
    }
}
