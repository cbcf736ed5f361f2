package vn.tayninh.dashboard.commune.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import vn.tayninh.dashboard.commune.CommuneType;

/**
 * Loads the 96 communes of {@code seed/tay-ninh-communes.csv} once, as a versioned migration,
 * so that every database — demo or production — starts with the official list. Flyway finds it by scanning
 * this package (see {@code spring.flyway.locations}), so it runs wherever the migrations run.
 */
public class CommuneSeedMigration implements JavaMigration {

    static final String SEED_FILE = "seed/tay-ninh-communes.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "seed communes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO commune (code, admin_code, name, unit_type, former_province, former_districts,"
                + " border, dong_thap_muoi) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (CSVRecord row : readSeed()) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("admin_code"));
                insert.setString(3, row.get("name"));
                insert.setString(4, CommuneType.valueOf(row.get("type")).name());
                insert.setString(5, row.get("former_province"));
                insert.setString(6, row.get("former_districts"));
                insert.setBoolean(7, Boolean.parseBoolean(row.get("border")));
                insert.setBoolean(8, Boolean.parseBoolean(row.get("dong_thap_muoi")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<CSVRecord> readSeed() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(SEED_FILE).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }
}
