package vn.tayninh.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.indicator.TargetAdministration;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.security.UserAdministration;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * Every field the services write to the audit trail has a label in Vietnamese and in English. The fields are read
 * from the code itself: every {@code FieldChanges.field(…)}, every field name put in a snapshot that feeds one,
 * every {@code new Change(…)} outside the screens. A field named in a way this test cannot read fails it too, so a
 * new audited field cannot slip past without a label.
 */
class AuditLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/tayninh/dashboard");
    private static final Pattern LITERAL_FIELD = Pattern.compile("\\.field\\(\\s*\"(\\w+)\"");
    private static final Pattern COMPUTED_FIELD = Pattern.compile("\\.field\\(\\s*([^\",\\s)][^,]*),");
    private static final Pattern SNAPSHOT_FIELD = Pattern.compile("\\.put\\(\\s*\"(\\w+)\",\\s*FieldChanges\\.text");
    private static final Pattern CHANGE_FIELD = Pattern.compile("new Change\\([^;]*?Action\\.\\w+,\\s*([^,]+),");
    private static final Pattern ENTITY = Pattern.compile("static final String ENTITY = \"(\\w+)\"");
    private static final Pattern TARGET_PART = Pattern.compile("code \\+ \"\\.(\\w+)\"");

    @Test
    void everyAuditedFieldHasALabelInBothLanguages() throws IOException {
        Properties vietnamese = bundle("translations.properties");
        Properties english = bundle("translations_en.properties");
        Set<String> keys = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : auditingSources()) {
            String code = Files.readString(file);
            Matcher entityMatch = ENTITY.matcher(code);
            // the cadre package's records (cadre, title, rating) share the data-entry form's labels
            String entity = entityMatch.find() ? entityMatch.group(1) : CadreEditor.CADRE;
            for (Pattern literal : List.of(LITERAL_FIELD, SNAPSHOT_FIELD)) {
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    keys.add(AuditLabels.fieldKey(entity, m.group(1)));
                }
            }
            Matcher computed = COMPUTED_FIELD.matcher(code);
            while (computed.find()) {
                String expression = computed.group(1).strip();
                Matcher target = TARGET_PART.matcher(expression);
                if (expression.equals("position.name()")) {
                    Arrays.stream(Position.values()).forEach(p -> keys.add(AuditLabels.fieldKey(SeatService.ENTITY, p.name())));
                } else if (expression.equals("bloc.name()")) {
                    Arrays.stream(Bloc.values()).forEach(b -> keys.add(AuditLabels.fieldKey(SeatService.QUOTA, b.name())));
                } else if (target.matches()) {
                    keys.add(AuditLabels.fieldKey(TargetAdministration.ENTITY, "T1." + target.group(1)));
                } else if (!expression.equals("field")) {
                    // "field" is a key of a snapshot map, whose names the SNAPSHOT_FIELD pattern reads
                    unreadable.add(file.getFileName() + ": .field(" + expression + ", …)");
                }
            }
            Matcher change = CHANGE_FIELD.matcher(code);
            while (change.find()) {
                String expression = change.group(1).strip();
                if (expression.startsWith("\"")) {
                    keys.add(AuditLabels.fieldKey(entity, expression.replace("\"", "")));
                } else if (!expression.equals("null") && !expression.equals("field.getKey()")) {
                    unreadable.add(file.getFileName() + ": new Change(…, " + expression + ", …)");
                }
            }
        }
        assertThat(unreadable).as("audited fields named in a way this test cannot read: teach it").isEmpty();
        // the test reads what it should: fields of each kind of record
        assertThat(keys).contains("entry.field.fullName", "entry.field.decisionNumber", "entry.field.rating",
                "entry.field.email", "entry.field.studyEnd", "explanation.field.expectedBy", "explanation.field.remedy",
                "explanation.field.cause", "targetAdmin.field.lowerBound", "position.BCH", "entry.field.NHA_NUOC");
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> {
            assertThat(vietnamese.getProperty(key)).as("Vietnamese label of " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("English label of " + key).isNotBlank();
        });
    }

    @Test
    void everyKindOfAuditedRecordHasAName() throws IOException {
        Properties vietnamese = bundle("translations.properties");
        Properties english = bundle("translations_en.properties");
        for (String entity : List.of(CadreEditor.CADRE, CadreEditor.HOLDING, CadreEditor.RATING, SeatService.ENTITY,
                SeatService.QUOTA, UserAdministration.ENTITY, TimelineNotes.ENTITY, Explanations.ENTITY,
                TargetAdministration.ENTITY)) {
            assertThat(vietnamese.getProperty("audit.entity." + entity)).as(entity).isNotBlank();
            assertThat(english.getProperty("audit.entity." + entity)).as(entity).isNotBlank();
        }
    }

    @Test
    void labelsAsTheTrailShowsThem() {
        assertThat(AuditLabels.label("EXPLANATION", "remedy", key -> key)).isEqualTo("explanation.field.remedy");
        assertThat(AuditLabels.label("TARGET", "T2.lowerBound", key -> key)).isEqualTo("T2 · targetAdmin.field.lowerBound");
        assertThat(AuditLabels.label("SEAT", "BCH", key -> key)).isEqualTo("position.BCH");
        assertThat(AuditLabels.label("QUOTA", "NHA_NUOC", key -> key)).isEqualTo("entry.field.NHA_NUOC");
        assertThat(AuditLabels.label("CADRE", "fullName", key -> key)).isEqualTo("entry.field.fullName");
        assertThat(AuditLabels.label("NOTE", null, key -> key)).isEmpty();
    }

    private static List<Path> auditingSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> auditing = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/ui/"))
                    .filter(f -> {
                        try {
                            String code = Files.readString(f);
                            return code.contains("FieldChanges.of(") || code.contains("FieldChanges.text(")
                                    || code.contains("new Change(");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).sorted().toList();
            assertThat(auditing).extracting(p -> p.getFileName().toString())
                    .contains("CadreEditor.java", "CadreForm.java", "Explanations.java", "SeatService.java",
                            "TargetAdministration.java", "UserAdministration.java", "TimelineNotes.java");
            return auditing;
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditLabelsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
