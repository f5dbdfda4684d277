package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up of the production jar on an already initialised database: time to the first 200 of
 * {@code /actuator/health}, to readiness (after the start-up runners: area, calendar and catalog
 * import checks), Spring Boot's "Started … in X seconds", and the CPU seconds used until ready.
 *
 * <p>Modes ({@code perf.startup.modes}): {@code jar} is {@code java -Xmx2g -jar} on the fat jar;
 * {@code aot} is the production set-up of the Dockerfile: the jar extracted with
 * {@code -Djarmode=tools extract} and started with the JDK's AOT cache (JEP 483/514) made by a
 * training run ({@code -XX:AOTCacheOutput}, {@code -Dspring.context.exit=onRefresh}).
 * Databases ({@code perf.startup.db}): {@code h2} (embedded file database under target/perf)
 * and {@code mariadb} ({@code tongban_bench} on 127.0.0.1:3306, user root, created if missing).
 */
final class StartupBench {

    private static final Duration LIMIT = Duration.ofMinutes(6);

    private final Path work;
    private final int port;
    private final int runs;
    private final List<String> modes;
    private final List<String> databases;

    StartupBench(Path work, int port) {
        this.work = work;
        this.port = port;
        this.runs = Integer.getInteger("perf.startup.runs", 5);
        this.modes = List.of(System.getProperty("perf.startup.modes", "jar,aot").split(","));
        this.databases = List.of(System.getProperty("perf.startup.db", "h2").split(","));
    }

    void run() throws Exception {
        Path fatJar = fatJar();
        System.out.println("Start-up of " + fatJar + ", " + runs + " runs per mode and database");
        List<Stats> all = new ArrayList<>();
        for (String db : databases) {
            Map<String, String> env = environment(db);
            Path dataDir = work.resolve("startup-" + db);
            initialise(fatJar, dataDir, env, db);
            for (String mode : modes) {
                List<String> options = new ArrayList<>(List.of("-Xmx2g"));
                Path jar = fatJar;
                if (mode.equals("aot")) {
                    jar = extracted(fatJar);
                    options.add("-XX:AOTCache=" + aotCache(jar));
                } else if (!mode.equals("jar")) {
                    throw new IllegalArgumentException("unknown start-up mode " + mode + " (jar, aot)");
                }
                String label = db + ", " + mode;
                Stats health = new Stats("start " + label + ": first 200 on /actuator/health", "s");
                Stats ready = new Stats("start " + label + ": readiness (runners done)", "s");
                Stats started = new Stats("start " + label + ": \"Started PortalApplication in\"", "s");
                Stats cpu = new Stats("start " + label + ": CPU seconds until ready", "s");
                for (int i = 1; i <= runs; i++) {
                    Path log = work.resolve("logs/startup-" + db + "-" + mode + "-" + i + ".log");
                    try (PortalProcess portal = PortalProcess.launch(options, jar, port, dataDir, env, log)) {
                        health.add(portal.secondsUntilOk("/actuator/health", LIMIT));
                        ready.add(portal.secondsUntilOk("/actuator/health/readiness", LIMIT));
                        cpu.add(portal.cpuSeconds());
                        portal.startedSeconds().ifPresent(started::add);
                        System.out.printf("  %s run %d: health %.1f s, ready %.1f s, started %.1f s, cpu %.1f s, load %s%n",
                                label, i, health.last(), ready.last(), started.last(), cpu.last(), Machine.load());
                    }
                }
                all.addAll(List.of(health, ready, started, cpu));
            }
        }
        Benchmarks.table(all);
    }

    /** First start on an empty database migrates and imports everything: done once, not timed. */
    private void initialise(Path jar, Path dataDir, Map<String, String> env, String db) throws Exception {
        Path marker = dataDir.resolve("initialised");
        if (Files.exists(marker)) {
            return;
        }
        System.out.println("Initialising the " + db + " database (first start, not timed)...");
        try (PortalProcess portal = PortalProcess.launch(List.of("-Xmx2g"), jar, port, dataDir, env,
                work.resolve("logs/startup-" + db + "-initialise.log"))) {
            portal.secondsUntilOk("/actuator/health/readiness", LIMIT);
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, "initialised by the start-up benchmark\n");
    }

    private Map<String, String> environment(String db) throws SQLException {
        return switch (db) {
            case "h2" -> Map.of();
            case "mariadb" -> {
                try (var c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "")) {
                    c.createStatement().execute("CREATE DATABASE IF NOT EXISTS tongban_bench "
                            + "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
                yield Map.of("SPRING_PROFILES_ACTIVE", "mysql", "DB_URL",
                        "jdbc:mysql://127.0.0.1:3306/tongban_bench?useUnicode=true&characterEncoding=utf8"
                                + "&connectionCollation=utf8mb4_unicode_ci",
                        "DB_USER", "root", "DB_PASSWORD", "", "PORTAL_DEMO_DATA", "true");
            }
            default -> throw new IllegalArgumentException("unknown database " + db + " (h2, mariadb)");
        };
    }

    /** The production jar: {@code perf.jar}, or the one {@code ./mvnw package} left in target. */
    static Path fatJar() throws IOException {
        String given = System.getProperty("perf.jar");
        if (given != null) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongban-portal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/tongban-portal-*.jar: run ./mvnw -o -q package -DskipTests first"));
        }
    }

    /** The jar extracted as the Dockerfile does; redone when the fat jar is newer. */
    private Path extracted(Path fatJar) throws Exception {
        Path dir = work.resolve("app");
        Path jar = dir.resolve(fatJar.getFileName());
        if (Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(fatJar)) >= 0) {
            return jar;
        }
        Benchmarks.deleteTree(dir);
        exec(List.of(java(), "-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--destination", dir.toString()),
                work.resolve("logs/extract.log"));
        return jar;
    }

    /** The AOT cache of the extracted jar, made by the same training run as in the Dockerfile. */
    private Path aotCache(Path jar) throws Exception {
        Path cache = jar.resolveSibling("portal.aot");
        if (Files.exists(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return cache;
        }
        Path trainingData = work.resolve("aot-training-data");
        Benchmarks.deleteTree(trainingData);
        System.out.println("Training run for the AOT cache (not timed)...");
        exec(List.of(java(), "-Xmx2g", "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
                jar.toString(), "--portal.data-dir=" + trainingData.toAbsolutePath(), "--server.port=" + port),
                work.resolve("logs/aot-training.log"));
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see target/perf/logs/aot-training.log");
        }
        return cache;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void exec(List<String> command, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }
}
