package cn.kaohe.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates one fresh PostgreSQL database per test run ({@code kaohe_it_<random>}) on the server named
 * by {@code KAOHE_IT_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) and drops it
 * when the last Spring context using it has closed. If the server cannot be reached the run fails with a message that says how to
 * fix it; nothing is skipped.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile String jdbcUrl;
    private static String adminUrl;
    private static String databaseName;
    private static int openContexts;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        synchronized (FreshPostgresDatabase.class) {
            openContexts++;
        }
        // Registered before every other bean, so destroyed after them (after the pools close):
        // the last context to close drops the database.
        context.getBeanFactory()
                .registerSingleton("kaoheItDatabaseDropper", (DisposableBean) FreshPostgresDatabase::contextClosed);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "kaohe-it-database",
                        Map.of(
                                "spring.datasource.url", url(),
                                "spring.datasource.username", user(),
                                "spring.datasource.password", password())));
    }

    /** The JDBC URL of this run's database, created on first use. */
    public static synchronized String url() {
        if (jdbcUrl == null) {
            jdbcUrl = create();
        }
        return jdbcUrl;
    }

    public static String user() {
        return setting("KAOHE_IT_DB_USER", "kaohe.it.db.user", "postgres");
    }

    public static String password() {
        return setting("KAOHE_IT_DB_PASSWORD", "kaohe.it.db.password", "");
    }

    private static String adminUrl() {
        return setting("KAOHE_IT_DB_URL", "kaohe.it.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String create() {
        String admin = adminUrl();
        String name =
                "kaohe_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, user(), password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Integration tests need PostgreSQL at " + admin + " (user " + user() + "): " + e.getMessage()
                            + ". Start it with `pg_ctlcluster --skip-systemctl-redirect 15 main start`"
                            + " or point KAOHE_IT_DB_URL / KAOHE_IT_DB_USER / KAOHE_IT_DB_PASSWORD at a server"
                            + " where this user may create databases.",
                    e);
        }
        adminUrl = admin;
        databaseName = name;
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    private static synchronized void contextClosed() {
        openContexts--;
        if (openContexts == 0 && databaseName != null) {
            drop(adminUrl, databaseName);
            databaseName = null;
            jdbcUrl = null;
        }
    }

    private static void drop(String admin, String name) {
        try (Connection c = DriverManager.getConnection(admin, user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
