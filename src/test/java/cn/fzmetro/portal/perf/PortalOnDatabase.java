package cn.fzmetro.portal.perf;

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
        String url = System.getProperty("perf.db.url", "jdbc:mysql://127.0.0.1:3306/tongban_perf");
        // command-line arguments: they override the mysql profile's DB_* defaults
        String[] settings = {"--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?")
                + "useUnicode=true&characterEncoding=utf8&useSSL=false&allowPublicKeyRetrieval=true",
                "--spring.datasource.username=" + System.getProperty("perf.db.user", "root"),
                "--spring.datasource.password=" + System.getProperty("perf.db.password", ""),
                "--portal.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.task.scheduling.enabled=false", "--server.port=0"};
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = PortalApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).profiles("mysql").run(settings);
    }
}
