package cn.kaohe.fault;

import cn.kaohe.support.FreshPostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The fault suite's own fresh PostgreSQL database ({@code kaohe_fault_<random>}, on the server of
 * {@link FreshPostgresDatabase}): its job executors run for real, so its campaigns and timers must not meet the other
 * integration tests' data. Dropped when the test JVM ends.
 */
public class FaultDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;
    private static String name;
    private static boolean hooked;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // dropped when the test JVM ends (a singleton registered here is not destroyed with the context)
        synchronized (FaultDatabase.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(FaultDatabase::drop, "kaohe-fault-database-drop"));
                hooked = true;
            }
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("kaohe-fault-database", properties()));
    }

    /** The datasource settings of the fault database (for a second node). */
    static synchronized Map<String, Object> properties() {
        return Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", FreshPostgresDatabase.user(),
                "spring.datasource.password", FreshPostgresDatabase.password());
    }

    static synchronized String url() {
        if (url == null) {
            name = "kaohe_fault_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            url = create(name);
        }
        return url;
    }

    /** Creates a fresh database of that name on the fault suite's server; answers its JDBC URL. */
    static String create(String database) {
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(
                        admin, FreshPostgresDatabase.user(), FreshPostgresDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("The fault suite needs PostgreSQL at " + admin + ": " + e.getMessage(), e);
        }
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + database + (query < 0 ? "" : admin.substring(query));
    }

    /** Drops a database made by {@link #create} (connections still open are closed by the server). */
    static void drop(String database) {
        try (Connection c = DriverManager.getConnection(
                        adminUrl(), FreshPostgresDatabase.user(), FreshPostgresDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop fault database " + database + ": " + e.getMessage());
        }
    }

    private static synchronized void drop() {
        if (name == null) {
            return;
        }
        drop(name);
        name = null;
        url = null;
    }

    private static String adminUrl() {
        String value = System.getenv("KAOHE_IT_DB_URL");
        if (value == null || value.isBlank()) {
            value = System.getProperty("kaohe.it.db.url");
        }
        return value == null || value.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/postgres" : value;
    }
}
