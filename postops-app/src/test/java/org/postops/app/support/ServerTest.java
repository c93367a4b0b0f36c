package org.postops.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.postops.app.PostOpsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A real PostOps server on a random port, over real HTTP, on H2 in a fresh temporary data directory,
 * or on a fresh PostgreSQL database when POSTOPS_TEST_POSTGRES_URL is set (CI sets it). One server is
 * shared by every test class in the run, so tests make their own uniquely named data.
 */
@SpringBootTest(classes = PostOpsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTest {

    public static final Path DATA;
    /** The server's clock; a test may move it forward (sign-in back-off) instead of sleeping. */
    public static final ShiftedClock CLOCK = new ShiftedClock();
    private static final String PG_URL;

    static {
        try {
            DATA = Files.createTempDirectory("postops-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PG_URL = freshPostgresDatabase();
    }

    @LocalServerPort
    protected int port;

    protected Api api;
    protected Facility facility;

    @TestBean(name = "clock")
    Clock serverClock;

    static Clock serverClock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("postops.data", DATA::toString);
        usePostgres(registry, PG_URL);
        // Tests sign in wrongly on purpose; keep the address limit out of their way (accounts still lock).
        registry.add("postops.login.address-slow-after", () -> "100000");
        registry.add("postops.login.address-lock-after", () -> "100000");
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
        facility = new Facility(api);
    }

    /** True when this run is on PostgreSQL. */
    public static boolean onPostgres() {
        return PG_URL != null;
    }

    /** The JDBC URL of this run's database (H2 file or PostgreSQL). */
    public static String jdbcUrl() {
        return PG_URL != null ? PG_URL : org.postops.app.system.Database.embedded(DATA).url();
    }

    public static Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword());
    }

    /** The database user of this run, for tools that connect themselves (postops audit verify). */
    public static String dbUser() {
        return PG_URL != null ? env("POSTOPS_TEST_POSTGRES_USER", "postgres") : "sa";
    }

    public static String dbPassword() {
        return PG_URL != null ? env("POSTOPS_TEST_POSTGRES_PASSWORD", "") : "";
    }

    /** The password the server wrote for 'admin' on its first start. */
    public static String adminPassword() {
        try {
            return Files.readString(DATA.resolve("initial-admin-password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException("the server has not written the admin password yet", e);
        }
    }

    /** Points the server at this PostgreSQL database; does nothing when {@code url} is null (H2). */
    public static void usePostgres(DynamicPropertyRegistry registry, String url) {
        if (url != null) {
            registry.add("postops.db.url", () -> url);
            registry.add("postops.db.user", () -> env("POSTOPS_TEST_POSTGRES_USER", "postgres"));
            registry.add("postops.db.password", () -> env("POSTOPS_TEST_POSTGRES_PASSWORD", ""));
        }
    }

    /**
     * Makes a new, empty database beside the one POSTOPS_TEST_POSTGRES_URL names, for this run alone;
     * null when that variable is not set (the run is on H2).
     */
    public static String freshPostgresDatabase() {
        String base = System.getenv("POSTOPS_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            return null;
        }
        String name = "postops_test_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + ProcessHandle.current().pid() + "_"
                + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 20), 36);
        try (Connection c = DriverManager.getConnection(base, env("POSTOPS_TEST_POSTGRES_USER", "postgres"),
                env("POSTOPS_TEST_POSTGRES_PASSWORD", "")); Statement s = c.createStatement()) {
            dropStaleDatabases(s);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        int slash = base.lastIndexOf('/');
        int query = base.indexOf('?', slash);
        return base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
    }

    /** Drops databases earlier runs made (over two hours old, so a run going on beside this one is safe). */
    private static void dropStaleDatabases(Statement s) throws SQLException {
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery(
                "select datname from pg_database where datname like 'postops\\_test\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                try {
                    long made = Long.parseLong(parts[2], 36);
                    if (made < System.currentTimeMillis() - java.time.Duration.ofHours(2).toMillis()) {
                        stale.add(rs.getString(1));
                    }
                } catch (RuntimeException notOurs) {
                    // a name of another shape: not made by this class, leave it
                }
            }
        }
        for (String db : stale) {
            try {
                s.execute("drop database if exists " + db);
            } catch (SQLException inUse) {
                // still connected somewhere: a later run will drop it
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
