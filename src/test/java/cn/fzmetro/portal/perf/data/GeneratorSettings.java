package cn.fzmetro.portal.perf.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What the generator is asked to do, from {@code perf.*} system properties (see
 * docs/performance-data.md). Every value has a default, so {@code -Dperf.cases=1000} alone is a run.
 *
 * @param url          JDBC URL of the database the portal was started against once (schema and reference data)
 * @param cases        cases to generate
 * @param applicants   applicant accounts ({@code perf-applicant-<n>}) the cases are spread over
 * @param seed         the random seed: the same seed on the same database gives the same data
 * @param years        cases are received over this many years up to {@code now}
 * @param now          the moment the data is generated "as of": cases after it are still open
 * @param dataDir      the portal's data directory ({@code portal.data-dir}), whose {@code files/} store
 *                     receives the real PDF files of the sample
 * @param sampleCases  cases whose files are written as real PDF files (the others carry metadata only)
 * @param reset        delete previously generated rows first (otherwise refuse when there are any)
 * @param method       {@code load} (LOAD DATA LOCAL INFILE) or {@code insert} (multi-row INSERT)
 * @param loaders      database connections loading in parallel
 * @param chunk        cases per chunk: the unit of generation and of one transaction per table
 * @param deferIndexes drop the secondary indexes that would be filled in random order, and build them
 *                     after the load (MySQL/MariaDB only)
 */
public record GeneratorSettings(String url, String user, String password, int cases, int applicants, long seed,
        int years, Instant now, Path dataDir, int sampleCases, boolean reset, String method, int loaders, int chunk,
        boolean deferIndexes, boolean analyze) {

    public static final long DEFAULT_SEED = 20_261_129L;
    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/tongban_perf?useUnicode=true"
            + "&characterEncoding=utf8&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true";

    public GeneratorSettings {
        if (cases < 1) {
            throw new IllegalArgumentException("perf.cases must be at least 1: " + cases);
        }
        if (applicants < 1) {
            throw new IllegalArgumentException("perf.applicants must be at least 1: " + applicants);
        }
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("perf.years must be between 1 and 10: " + years);
        }
        if (!method.equals("load") && !method.equals("insert") && !method.equals("none")) {
            throw new IllegalArgumentException("perf.method is load, insert or none (generate only): " + method);
        }
        if (loaders < 1 || chunk < 1) {
            throw new IllegalArgumentException("perf.loaders and perf.chunk must be at least 1");
        }
    }

    /** The settings given as system properties, defaults for the rest. */
    public static GeneratorSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    static GeneratorSettings from(Properties p) {
        int cases = Integer.parseInt(p.getProperty("perf.cases", "1000000").replace("_", ""));
        String url = p.getProperty("perf.db.url", DEFAULT_URL);
        boolean mysql = url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
        return new GeneratorSettings(url, p.getProperty("perf.db.user", "root"),
                p.getProperty("perf.db.password", ""), cases,
                Integer.parseInt(p.getProperty("perf.applicants", String.valueOf(Math.max(1, cases / 5)))),
                Long.parseLong(p.getProperty("perf.seed", String.valueOf(DEFAULT_SEED))),
                Integer.parseInt(p.getProperty("perf.years", "3")),
                p.getProperty("perf.now") == null ? Instant.now() : Instant.parse(p.getProperty("perf.now")),
                Path.of(p.getProperty("perf.data-dir", "./data")),
                Integer.parseInt(p.getProperty("perf.sample-cases", "1000")),
                Boolean.parseBoolean(p.getProperty("perf.reset", "false")),
                p.getProperty("perf.method", mysql ? "load" : "insert"),
                Integer.parseInt(p.getProperty("perf.loaders", "3")),
                Integer.parseInt(p.getProperty("perf.chunk", "4000")),
                Boolean.parseBoolean(p.getProperty("perf.defer-indexes", "true")),
                Boolean.parseBoolean(p.getProperty("perf.analyze", "true")));
    }

    public GeneratorSettings withUrl(String newUrl, String newUser, String newPassword) {
        return new GeneratorSettings(newUrl, newUser, newPassword, cases, applicants, seed, years, now, dataDir,
                sampleCases, reset, method, loaders, chunk, deferIndexes, analyze);
    }

    public GeneratorSettings withCases(int newCases, int newApplicants) {
        return new GeneratorSettings(url, user, password, newCases, newApplicants, seed, years, now, dataDir,
                sampleCases, reset, method, loaders, chunk, deferIndexes, analyze);
    }

    public GeneratorSettings with(Instant newNow, Path newDataDir, int newSampleCases, boolean newReset,
            String newMethod) {
        return new GeneratorSettings(url, user, password, cases, applicants, seed, years, newNow, newDataDir,
                newSampleCases, newReset, newMethod, loaders, chunk, deferIndexes, analyze);
    }

    boolean mysql() {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /**
     * The URL with what bulk loading needs on Connector/J: local infile from a stream, batched
     * statements rewritten into multi-row INSERTs, no server-side prepared statements.
     */
    String effectiveUrl() {
        if (!url.startsWith("jdbc:mysql:")) {
            return url;
        }
        StringBuilder u = new StringBuilder(url);
        for (String option : new String[] { "allowLoadLocalInfile=true", "rewriteBatchedStatements=true",
                "useServerPrepStmts=false", "characterEncoding=utf8", "connectionCollation=utf8mb4_unicode_ci",
                "useSSL=false", "allowPublicKeyRetrieval=true" }) {
            String key = option.substring(0, option.indexOf('=') + 1);
            if (!url.contains(key)) {
                u.append(u.indexOf("?") < 0 ? '?' : '&').append(option);
            }
        }
        return u.toString();
    }

    @Override
    public String toString() {
        return "cases=" + cases + " applicants=" + applicants + " seed=" + seed + " years=" + years + " now=" + now
                + " method=" + method + " loaders=" + loaders + " chunk=" + chunk + " sample-cases=" + sampleCases
                + " data-dir=" + dataDir.toAbsolutePath().normalize() + " reset=" + reset + " defer-indexes="
                + deferIndexes + " url=" + url.replaceAll("password=[^&]*", "password=***");
    }
}
