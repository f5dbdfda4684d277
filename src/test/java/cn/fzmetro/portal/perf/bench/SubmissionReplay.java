package cn.fzmetro.portal.perf.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.perf.PortalOnDatabase;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * What the database server needs for a submission with files, without the portal around it. One
 * submission goes through the services as the workers of {@link SubmissionBenchmark} make them
 * (draft, ten uploads, route, submit) with MariaDB's general log on; its statements, and those the
 * mail listener sends after it, are then replayed by plain JDBC connections, every copy with keys
 * of its own, and the server's CPU (from /proc) is divided by the copies. Two scripts: everything
 * the portal sent, and only its writes (inserts, updates, deletes, one {@code START TRANSACTION}
 * and {@code COMMIT} per transaction), the least any portal would send for the same rows.
 *
 * <pre>./mvnw -q -Pperf test-compile exec:java@replay -Dperf.db.url=jdbc:mysql://127.0.0.1:3306/tongban_perf</pre>
 *
 * The database user must be allowed {@code SET GLOBAL} (the general log) and the server must run
 * on this machine. Parameters (besides {@link PortalOnDatabase}'s): perf.replay.clients (4),
 * perf.replay.copies (100 per client and run), perf.replay.runs (3), perf.item (SCJG-001),
 * perf.window (W350104), perf.region (350102), perf.applicant (perf-applicant-1);
 * perf.replay.show=true prints the script of a copy. Each copy is a submitted case numbered
 * {@code R-<id>} that stays in the database, like the benchmark's own.
 */
public final class SubmissionReplay {

    private static final Pattern SEQUENCE_VALUE = Pattern.compile("last_value=\\d+");
    private static final Pattern QUOTED_UUID = Pattern.compile("'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'");

    private SubmissionReplay() {
    }

    /** One submission as the server received it, with the keys that must differ in every copy. */
    record Captured(long caseId, String caseNumber, String submissionKey, String noticeToken, List<Long> fileIds,
            List<String> statements) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("perf.replay.clients", 4);
        int copies = Integer.getInteger("perf.replay.copies", 100);
        int runs = Integer.getInteger("perf.replay.runs", 3);
        Captured captured = capture(System.getProperty("perf.item", "SCJG-001"),
                System.getProperty("perf.window", "W350104"), System.getProperty("perf.region", "350102"),
                System.getProperty("perf.applicant", "perf-applicant-1"));
        List<String> all = script(captured, false);
        List<String> writes = script(captured, true);
        System.out.printf(Locale.ROOT, "%s%ncaptured case %d (%s): %d statements; replaying %d and %d (writes only) "
                + "per copy, %d clients x %d copies per run%n", Machine.describe(), captured.caseId(),
                captured.caseNumber(), captured.statements().size(), all.size(), writes.size(), clients, copies);
        if (Boolean.getBoolean("perf.replay.show")) {
            all.forEach(statement -> System.out.println(statement + ";"));
        }
        Stats allCpu = new Stats("database CPU per submission, all statements", "ms");
        Stats writesCpu = new Stats("database CPU per submission, writes only", "ms");
        try (Connection check = PortalOnDatabase.connection()) {
            for (int run = 1; run <= runs; run++) {
                allCpu.add(replay(check, "everything", all, clients, copies));
                writesCpu.add(replay(check, "writes only", writes, clients, copies));
            }
        }
        System.out.println(Stats.header());
        System.out.println("|---|---|---|---|---|---|");
        System.out.println(allCpu.row());
        System.out.println(writesCpu.row());
        // exec:java runs in Maven's JVM: leave no threads of the portal behind
        System.exit(0);
    }

    private static Captured capture(String item, String window, String region, String applicant) throws Exception {
        try (ConfigurableApplicationContext context = PortalOnDatabase.start();
                Connection admin = PortalOnDatabase.connection()) {
            CaseFiling filing = context.getBean(CaseFiling.class);
            Applications applications = new Applications(filing, context.getBean(CatalogQuery.class));
            SignIn.as(context.getBean(UserDetailsService.class), applicant);
            // a few first: what is loaded once and cached is not part of a submission
            long pending = pendingPublications(admin);
            for (int i = 0; i < 5; i++) {
                filing.submit(applications.completeDraft(item, window, region), UUID.randomUUID().toString(), true,
                        false);
            }
            awaitPublications(admin, pending);
            return captureOne(applications, filing, admin, item, window, region);
        }
    }

    private static Captured captureOne(Applications applications, CaseFiling filing, Connection admin, String item,
            String window, String region) throws Exception {
        long me = single(admin, "SELECT CONNECTION_ID()", Long.class);
        long pending = pendingPublications(admin);
        String output = single(admin, "SELECT @@log_output", String.class);
        execute(admin, "SET GLOBAL log_output = 'TABLE'");
        execute(admin, "TRUNCATE TABLE mysql.general_log");
        execute(admin, "SET GLOBAL general_log = 1");
        long caseId;
        String key = UUID.randomUUID().toString();
        CaseSummary submitted;
        try {
            caseId = applications.completeDraft(item, window, region);
            submitted = filing.submit(caseId, key, true, false);
            awaitPublications(admin, pending);
        } finally {
            execute(admin, "SET GLOBAL general_log = 0");
            execute(admin, "SET GLOBAL log_output = '" + output + "'");
        }
        List<String> statements = new ArrayList<>();
        try (PreparedStatement q = admin.prepareStatement("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute') AND thread_id <> ?")) {
            q.setLong(1, me);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    statements.add(rs.getString(1).strip());
                }
            }
        }
        execute(admin, "TRUNCATE TABLE mysql.general_log");
        List<Long> fileIds = new ArrayList<>();
        try (PreparedStatement q = admin.prepareStatement("SELECT file_id FROM case_material_file WHERE case_id = ?")) {
            q.setLong(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    fileIds.add(rs.getLong(1));
                }
            }
        }
        String token;
        try (PreparedStatement q = admin.prepareStatement("SELECT token FROM issued_notice WHERE case_number = ?")) {
            q.setString(1, submitted.caseNumber());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                token = rs.getString(1);
            }
        }
        return new Captured(caseId, submitted.caseNumber(), key, token, fileIds, statements);
    }

    /**
     * The statements of one copy: the new case's id, each new file's id and the event
     * publication's id in session variables, and the case number, submission key and notice token
     * made from the case id, so that every copy writes rows of its own and finds them by index as
     * the portal does.
     */
    static List<String> script(Captured c, boolean writesOnly) {
        List<String> out = new ArrayList<>();
        String eventId = null;
        for (String q : c.statements()) {
            String lower = q.toLowerCase(Locale.ROOT);
            boolean write = lower.startsWith("insert") || lower.startsWith("update") || lower.startsWith("delete");
            if (writesOnly) {
                if (lower.equals("set autocommit=0")) {
                    out.add("START TRANSACTION");
                    continue;
                }
                if (!write && !lower.equals("commit")) {
                    continue;
                }
            }
            String s = q.replaceAll("\\b" + c.caseId() + "\\b", "@c")
                    .replace("'" + c.caseNumber() + "'", "CONCAT('R-', @c)")
                    .replace("'" + c.submissionKey() + "'", "CONCAT('K-', @c)")
                    .replace("'" + c.noticeToken() + "'", "CONCAT('T-', @c)");
            for (long fileId : c.fileIds()) {
                s = s.replaceAll("\\b" + fileId + "\\b", "@f");
            }
            if (lower.startsWith("update case_number_sequence")) {
                s = SEQUENCE_VALUE.matcher(s).replaceAll("last_value=last_value+1");
            }
            if (lower.startsWith("insert into event_publication")) {
                Matcher id = QUOTED_UUID.matcher(s);
                if (id.find()) {
                    eventId = id.group();
                    out.add("SET @e = UUID()");
                }
            }
            if (eventId != null) {
                s = s.replace(eventId, "@e");
            }
            out.add(s);
            if (lower.startsWith("insert into case_file ")) {
                out.add("SET @c = LAST_INSERT_ID()");
            } else if (lower.startsWith("insert into stored_file ")) {
                out.add("SET @f = LAST_INSERT_ID()");
            }
        }
        if (writesOnly) {
            // a transaction that only read is left out whole
            List<String> trimmed = new ArrayList<>();
            for (String s : out) {
                if (s.equals("COMMIT") && !trimmed.isEmpty() && trimmed.getLast().equals("START TRANSACTION")) {
                    trimmed.removeLast();
                } else {
                    trimmed.add(s);
                }
            }
            return trimmed;
        }
        return out;
    }

    /**
     * Runs {@code copies} copies of the script on each of {@code clients} connections at once, then
     * counts on {@code check} that each became a submitted case; the server's CPU per copy in ms.
     */
    private static double replay(Connection check, String name, List<String> script, int clients, int copies)
            throws Exception {
        long before = submittedCopies(check);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        Machine.CpuTime start = Machine.CpuTime.now();
        long t0 = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = PortalOnDatabase.connection(); Statement s = c.createStatement()) {
                    for (int n = 0; n < copies; n++) {
                        for (String sql : script) {
                            if (s.execute(sql)) {
                                try (ResultSet rs = s.getResultSet()) {
                                    while (rs.next()) {
                                        // read every row, as a client does
                                    }
                                }
                            }
                        }
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Machine.CpuTime cpu = Machine.CpuTime.now().since(start);
        if (failure.get() != null) {
            throw new IllegalStateException("replay failed", failure.get());
        }
        int total = clients * copies;
        long made = submittedCopies(check) - before;
        if (made != total) {
            throw new IllegalStateException("expected " + total + " submitted copies, found " + made);
        }
        double ms = cpu.databaseSeconds() * 1000 / total;
        System.out.printf(Locale.ROOT, "%s: %d submissions in %.1f s = %.1f per second; database server %.1f ms of CPU "
                + "per submission (%.2f cores)%n", name, total, seconds, total / seconds, ms,
                cpu.databaseSeconds() / seconds);
        return ms;
    }

    /** Copies that reached the end of the submit step: a case number and an intake checklist. */
    private static long submittedCopies(Connection c) throws SQLException {
        return single(c, "SELECT COUNT(*) FROM case_file f WHERE f.case_number LIKE 'R-%' AND EXISTS "
                + "(SELECT 1 FROM case_checklist_line l WHERE l.case_id = f.id)", Long.class);
    }

    /** Event publications not completed yet; some may be left over from runs that ended early. */
    private static long pendingPublications(Connection admin) throws SQLException {
        return single(admin, "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Long.class);
    }

    /** Until the listeners have completed what the submissions just made published (back to {@code before}). */
    private static void awaitPublications(Connection admin, long before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pendingPublications(admin) > before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("event publications still incomplete after 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static <T> T single(Connection c, String sql, Class<T> type) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, type);
        }
    }
}
