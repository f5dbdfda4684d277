package cn.fzmetro.portal.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fzmetro.portal.PortalApplication;

/**
 * The portal's Spring context, without its web server's traffic, on a MySQL/MariaDB database of
 * generated data, for the benchmarks that call the portal's services directly. System properties
 * perf.db.url (default the generator's tongban_perf), perf.db.user (root), perf.db.password
 * (empty); scheduled jobs are off so they do not run into the measurement.
 */
public final class PortalOnDatabase {

    private PortalOnDatabase() {
    }

    public static ConfigurableApplicationContext start(Class<?>... extraSources) {
        // command-line arguments: they override the mysql profile's DB_* defaults
        String[] settings = {"--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--portal.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.task.scheduling.enabled=false", "--server.port=0"};
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = PortalApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).profiles("mysql").run(settings);
    }

    /** A plain JDBC connection to the same database, outside the portal's pool. */
    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(url() + "&openTelemetry=DISABLED", user(), password());
    }

    private static String url() {
        String url = System.getProperty("perf.db.url", "jdbc:mysql://127.0.0.1:3306/tongban_perf");
        return url + (url.contains("?") ? "&" : "?")
                + "useUnicode=true&characterEncoding=utf8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static String user() {
        return System.getProperty("perf.db.user", "root");
    }

    private static String password() {
        return System.getProperty("perf.db.password", "");
    }
}
