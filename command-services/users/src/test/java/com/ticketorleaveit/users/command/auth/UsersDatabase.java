package com.ticketorleaveit.users.command.auth;

import com.ticketorleaveit.local.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A scratch database on a real PostgreSQL, migrated with the users context's own command-side scripts. */
public final class UsersDatabase implements AutoCloseable {

    private final Postgres postgres;
    private final JdbcTemplate jdbc;
    private final String url;

    private UsersDatabase(Postgres postgres, String database) {
        this.postgres = postgres;
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password())
                .locations("classpath:db/command/users")
                .load()
                .migrate();
        this.url = postgres.jdbcUrl(database);
        this.jdbc = new JdbcTemplate(dataSource());
    }

    public static UsersDatabase migrated(String name) {
        try {
            Postgres postgres = Postgres.start(Path.of("target", "it-postgres"));
            return new UsersDatabase(postgres, postgres.createScratchDatabase(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A data source of its own, as each replica has. */
    public DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(url, postgres.user(), postgres.password());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
