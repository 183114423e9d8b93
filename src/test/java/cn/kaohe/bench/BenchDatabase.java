package cn.kaohe.bench;

import cn.kaohe.support.FreshPostgresDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one benchmark engine ({@code kaohe_bench_<random>}) on the server the integration
 * tests use, with a Hikari pool sized like the application's (10 connections). Dropped on {@link #close()}.
 */
public final class BenchDatabase implements AutoCloseable {

    private final String name;
    private final String url;
    private final HikariDataSource pool;

    public BenchDatabase(int poolSize) {
        this.name =
                "kaohe_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(
                        admin, FreshPostgresDatabase.user(), FreshPostgresDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmarks need PostgreSQL at " + admin + ": " + e.getMessage(), e);
        }
        int slash = admin.lastIndexOf('/');
        this.url = admin.substring(0, slash + 1) + name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(FreshPostgresDatabase.user());
        config.setPassword(FreshPostgresDatabase.password());
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
    }

    public HikariDataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
        try (Connection c = DriverManager.getConnection(
                        adminUrl(), FreshPostgresDatabase.user(), FreshPostgresDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop " + name + ": " + e.getMessage());
        }
    }

    static String adminUrl() {
        String value = System.getenv("KAOHE_IT_DB_URL");
        if (value == null || value.isBlank()) {
            value = System.getProperty("kaohe.it.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        }
        return value;
    }
}
