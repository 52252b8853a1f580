package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL, started even where a server runs, answers SQL and manages databases safely. */
class EmbeddedPostgresIT {

    @TempDir
    static Path directory;

    static Postgres postgres;

    @BeforeAll
    static void startEmbeddedPostgres() throws Exception {
        postgres = Postgres.embedded(directory.resolve("postgres"), 0, false);
    }

    @AfterAll
    static void stopEmbeddedPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void answersSqlAsPostgresql17() throws SQLException {
        try (Connection connection = postgres.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            result.next();
            assertThat(result.getInt(1)).isBetween(170_000, 179_999);
        }
        assertThat(postgres.isEmbedded()).isTrue();
    }

    @Test
    void createsAMissingDatabaseAndLeavesAnExistingOne() throws SQLException {
        postgres.ensureDatabase("ticketing_it");
        try (Connection connection = postgres.connect("ticketing_it");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
        }

        postgres.ensureDatabase("ticketing_it");

        try (Connection connection = postgres.connect("ticketing_it");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM marker")) {
            assertThat(result.next()).isTrue();
        }
    }

    @Test
    void dropsOnCloseOnlyTheScratchDatabasesItCreated() throws Exception {
        Postgres running = Postgres.connect(postgres.host(), postgres.port(), postgres.user(), postgres.password());
        running.ensureDatabase("kept_it");
        String scratch = running.createScratchDatabase("Purchase-IT");
        assertThat(scratch).matches("purchase_it_[0-9a-f]{12}");
        assertThat(databases()).contains(scratch);

        running.close();

        assertThat(databases()).doesNotContain(scratch).contains("kept_it", "postgres");
    }

    private static List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = postgres.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
