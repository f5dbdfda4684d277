package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portal's micro-benchmarks (issue #7), run from the project folder:
 *
 * <pre>
 * ./mvnw -o -q package -DskipTests          # the production jar, for guide and startup
 * ./mvnw -o -q -Pperf test-compile exec:java@bench -Dperf.bench=upload,guide,startup,session
 * </pre>
 *
 * Each benchmark prints its runs and a Markdown table of median, p95, max and min. Work files
 * (the sample PDF, databases, logs, the extracted jar and its AOT cache) go to {@code target/perf}.
 * Parameters (system properties):
 * <ul>
 * <li>{@code perf.bench}: which benchmarks, comma-separated (default {@code upload,guide,startup,session})</li>
 * <li>{@code perf.port}: port of the portals started here (default 8111)</li>
 * <li>{@code perf.jar}: the production jar (default {@code target/tongban-portal-*.jar}); {@code perf.work}: the
 * work folder (default {@code target/perf}; give another one to compare jars, as their databases differ)</li>
 * <li>upload: {@code perf.upload.warmups} (5), {@code perf.upload.detect-runs} (30), {@code perf.upload.accept-runs} (20)</li>
 * <li>guide: {@code perf.base-url} (a running portal; default: start the production jar),
 * {@code perf.guide.code} (SCJG-001), {@code perf.guide.runs} (10)</li>
 * <li>startup: {@code perf.startup.runs} (5), {@code perf.startup.modes} ({@code jar,aot}),
 * {@code perf.startup.db} ({@code h2}; {@code h2,mariadb} also starts on MariaDB {@code tongban_bench})</li>
 * <li>session: {@code perf.session.count} (sessions held at once, 50), {@code perf.session.runs} (5)</li>
 * </ul>
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("perf.work", "target/perf")));
        int port = Integer.getInteger("perf.port", 8111);
        List<String> which = List.of(System.getProperty("perf.bench", "upload,guide,startup,session").split(","));
        System.out.println(Machine.describe());
        for (String bench : which) {
            System.out.println();
            System.out.println("== " + bench + " ==");
            switch (bench.trim()) {
                case "upload" -> new UploadBench(work).run();
                case "guide" -> new GuideBench(work, port).run();
                case "startup" -> new StartupBench(work, port).run();
                case "session" -> new SessionBench(work, port).run();
                default -> throw new IllegalArgumentException("unknown benchmark " + bench
                        + " (upload, guide, startup, session)");
            }
        }
        System.out.println();
        System.out.println("Finished; load average now " + Machine.load());
        // exec:java runs in Maven's JVM: leave no non-daemon threads of the portal contexts behind
        System.exit(0);
    }

    static void table(List<Stats> stats) {
        System.out.println();
        System.out.println(Stats.header());
        System.out.println("|" + "-".repeat(54) + "|------|------------|------------|------------|------------|");
        stats.forEach(s -> System.out.println(s.row()));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
