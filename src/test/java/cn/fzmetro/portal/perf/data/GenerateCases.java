package cn.fzmetro.portal.perf.data;

import java.sql.DriverManager;
import java.util.Map;

/**
 * The performance harness's data generator (docs/performance-data.md): fills a MySQL/MariaDB
 * database that the portal has been started against once with a realistic volume of cases.
 *
 * <pre>
 * ./mvnw -o -q -Pperf test-compile exec:java@generate -Dperf.db.url=jdbc:mysql://127.0.0.1:3306/tongban_perf -Dperf.cases=1000000
 * </pre>
 *
 * Parameters are system properties ({@code perf.db.url}, {@code perf.db.user}, {@code perf.db.password},
 * {@code perf.cases}, {@code perf.seed}, {@code perf.data-dir}, {@code perf.reset}, …; see
 * {@link GeneratorSettings}). Exits with status 1 and a message when the database is not ready.
 */
public final class GenerateCases {

    private GenerateCases() {
    }

    public static void main(String[] args) throws Exception {
        GeneratorSettings settings = GeneratorSettings.fromSystemProperties();
        System.out.println("Generating: " + settings);
        String url = settings.effectiveUrl();
        try {
            CaseGenerator.Result result = new CaseGenerator(settings,
                    () -> DriverManager.getConnection(url, settings.user(), settings.password()), System.out).run();
            System.out.println();
            System.out.printf("Generated %,d cases with %,d rows in %.1f s (%,.0f rows/s); %,d real sample files under %s%n",
                    result.cases(), result.rows(), result.seconds(), result.rows() / result.seconds(),
                    result.sampleFiles(), settings.dataDir().resolve("files").toAbsolutePath().normalize());
            System.out.println("Rows per table (" + Rows.cachedStrings() + " recurring strings encoded once):");
            for (Map.Entry<String, Long> e : result.rowsPerTable().entrySet()) {
                System.out.printf("  %-22s %,14d%n", e.getKey(), e.getValue());
            }
            System.out.printf("Case ids %d to %d; accounts perf-applicant-1 … perf-applicant-%d, perf-clerk-<window>-<k>,"
                    + " perf-supervisor-<window>, perf-officer-<authority>-<k>; password %s%n", result.firstCaseId(),
                    result.lastCaseId(), settings.applicants(), Population.PASSWORD);
        } catch (IllegalStateException e) {
            System.err.println();
            System.err.println("perf generator: " + e.getMessage());
            System.exit(1);
        }
    }
}
