package com.ticketorleaveit.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL for local runs and tests: the server that answers on {@code TICKETING_DB_HOST:TICKETING_DB_PORT}, or an
 * embedded one (zonky: real PostgreSQL binaries from a jar) when none does.
 *
 * <p>Databases are created on demand; scratch databases for tests are dropped on {@link #close()}. A database this
 * object did not create as scratch is never dropped.
 */
public final class Postgres implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(Postgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Set<String> scratchDatabases = ConcurrentHashMap.newKeySet();

    private Postgres(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The running server named by the environment, or a throw-away embedded one with its files under directory. */
    public static Postgres start(Path directory) throws IOException {
        return start(directory, false);
    }

    /**
     * The running server named by the environment if it answers, else an embedded one with its files under directory.
     *
     * @param persistent for the embedded server: keep the data between runs, and leave stopping it to the caller
     *     (no shutdown hook of its own, so that it outlives the processes that use it)
     */
    public static Postgres start(Path directory, boolean persistent) throws IOException {
        String host = Env.get("TICKETING_DB_HOST", DEFAULT_HOST);
        int port = Env.port("TICKETING_DB_PORT", DEFAULT_PORT);
        String user = Env.get("TICKETING_DB_USER", DEFAULT_USER);
        String password = Env.get("TICKETING_DB_PASSWORD", "");
        Optional<String> refusal = refusal(host, port, user, password);
        if (refusal.isEmpty()) {
            log.info("Using the PostgreSQL on {}:{}", host, port);
            return new Postgres(host, port, user, password, null);
        }
        log.info("No PostgreSQL usable on {}:{} ({}); starting an embedded one", host, port, refusal.get());
        return embedded(directory, 0, persistent);
    }

    /** A server that is already running; fails if it does not answer. */
    public static Postgres connect(String host, int port, String user, String password) {
        refusal(host, port, user, password).ifPresent(reason -> {
            throw new IllegalStateException("PostgreSQL on " + host + ":" + port + " does not answer: " + reason);
        });
        return new Postgres(host, port, user, password, null);
    }

    /**
     * Starts an embedded server (user {@code postgres}, no password) listening on 127.0.0.1.
     *
     * @param directory holds the unpacked binaries, the data and the server log
     * @param port 0 for a free one
     * @param persistent keep the data between runs and register no shutdown hook (the caller closes it)
     */
    public static Postgres embedded(Path directory, int port, boolean persistent) throws IOException {
        Path dataDirectory = directory.resolve("data");
        Path binaries = directory.resolve("binaries");
        Files.createDirectories(binaries);
        if (persistent) {
            refuseStaleServer(dataDirectory);
        }
        Redirect serverLog = Redirect.appendTo(directory.resolve("postgres.log").toFile());
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!persistent)
                .setRegisterShutdownHook(!persistent)
                .setServerConfig("listen_addresses", DEFAULT_HOST)
                .setPort(port)
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog)
                .start();
        log.info("Embedded PostgreSQL listens on {}:{} (data in {})", DEFAULT_HOST, server.getPort(), dataDirectory);
        return new Postgres(DEFAULT_HOST, server.getPort(), DEFAULT_USER, "", server);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), credentials());
    }

    /** Creates the database unless it exists. It is never dropped by this object. */
    public void ensureDatabase(String name) {
        requireValidName(name);
        try (Connection connection = connect("postgres")) {
            if (exists(connection, name)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                log.info("Created database {}", name);
            } catch (SQLException e) {
                // created concurrently by someone else: fine
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + host + ":" + port, e);
        }
    }

    /** Creates a fresh database named {@code <prefix>_<random>}; it is dropped on {@link #close()}. */
    public String createScratchDatabase(String prefix) {
        String stem = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        stem = stem.isEmpty() || Character.isDigit(stem.charAt(0)) ? "db_" + stem : stem;
        stem = stem.substring(0, Math.min(stem.length(), 40));
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        String name = stem + "_" + HexFormat.of().formatHex(suffix);
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + host + ":" + port, e);
        }
        scratchDatabases.add(name);
        return name;
    }

    /** Drops the scratch databases created here, then stops the embedded server if there is one. */
    @Override
    public void close() throws IOException {
        try {
            dropScratchDatabases();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Override
    public String toString() {
        return (isEmbedded() ? "embedded PostgreSQL on " : "PostgreSQL on ") + host + ":" + port;
    }

    private void dropScratchDatabases() {
        if (scratchDatabases.isEmpty()) {
            return;
        }
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            for (String name : Set.copyOf(scratchDatabases)) {
                // FORCE: a test may leave a pooled connection open
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                scratchDatabases.remove(name);
            }
        } catch (SQLException e) {
            log.warn("Could not drop scratch databases {} on {}:{}", scratchDatabases, host, port, e);
        }
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        return properties;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static Optional<String> refusal(String host, int port, String user, String password) {
        if (!Ports.accepts(host, port, java.time.Duration.ofSeconds(1))) {
            return Optional.of("nothing listens");
        }
        try (Connection ignored = new Postgres(host, port, user, password, null).connect("postgres")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Database name '" + name + "' must match " + DATABASE_NAME + " (it is used unquoted)");
        }
    }

    /** A server left running by a killed launcher still owns the data directory: say so instead of a cryptic error. */
    private static void refuseStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        boolean alive = firstLine.matches("\\d+")
                && ProcessHandle.of(Long.parseLong(firstLine))
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
        if (alive) {
            throw new IllegalStateException("An embedded PostgreSQL from an earlier run (pid " + firstLine
                    + ") still uses " + dataDirectory + "; stop it with: kill " + firstLine);
        }
    }
}
