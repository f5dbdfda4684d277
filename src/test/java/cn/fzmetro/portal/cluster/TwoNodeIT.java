package cn.fzmetro.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.BrowserJourney;
import cn.fzmetro.portal.testsupport.PortalBrowser;

/**
 * Issue 7's scale-out check: two portal nodes, started together as separate {@code java -jar}
 * processes of the production jar, on one MariaDB database and one file folder. A case submitted
 * in the browser on node 1 is accepted by a clerk on node 2; the five-day rule, firing every five
 * seconds on both nodes, deems an overdue case accepted once and every firing runs on one node
 * only; applications submitted at the same moment on both nodes get distinct case numbers.
 * Everything the users do goes through the nodes' HTTP interfaces; the test reads and prepares
 * rows with JDBC. Node logs: {@code target/two-node/node*.log}.
 * <p>
 * Needs MariaDB or MySQL (DB_URL/DB_USER/DB_PASSWORD if they point at one, else root@127.0.0.1:3306
 * without password) and Chromium; skipped without them unless REQUIRE_MARIADB=true or
 * REQUIRE_BROWSER=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final String DATABASE = "tongban_twonode";
    private static final String DEMO_PASSWORD = "Demo2026!";
    private static final Path WORK = Path.of("target", "two-node");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration BROWSER_WAIT = Duration.ofSeconds(90);
    /** The five-day rule fires every this many seconds on both nodes; each run holds it four. */
    private static final long FIVE_DAY_RULE_EVERY_SECONDS = 5;
    private static final Pattern CASE_NUMBER = Pattern.compile("350104-\\d{8}-\\d{6}");

    private String server;
    private String user;
    private String password;
    private JdbcTemplate db;
    private SingleConnectionDataSource dataSource;
    private final List<Node> nodes = new ArrayList<>();
    private Node node1;
    private Node node2;
    private Path pdf;
    /** The case of the first test, whose content the later ones copy. */
    private Long firstCase;

    @BeforeAll
    void startTwoNodes() throws Exception {
        requireBrowser();
        connectToMariaDb();
        Path jar = productionJar();
        db.execute("DROP DATABASE IF EXISTS " + DATABASE);
        db.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        deleteRecursively(WORK);
        Path data = Files.createDirectories(WORK.resolve("data"));
        pdf = WORK.resolve("material.pdf");
        Files.write(pdf, Applications.pdf());

        // both at once on the empty database: Flyway's lock and the start-up import lock must sort it out
        node1 = Node.start(1, jar, data, nodeUrl(), user, password);
        nodes.add(node1);
        node2 = Node.start(2, jar, data, nodeUrl(), user, password);
        nodes.add(node2);
        node1.awaitHealthy(START_LIMIT);
        node2.awaitHealthy(START_LIMIT);
        db.execute("USE " + DATABASE);
    }

    @AfterAll
    void stopNodes() throws Exception {
        for (Node node : nodes) {
            node.stop();
        }
        if (db != null) {
            db.execute("DROP DATABASE IF EXISTS " + DATABASE);
            dataSource.destroy();
        }
    }

    @Test
    @Order(1)
    void aCaseSubmittedOnNode1IsAcceptedByAClerkOnNode2() throws Exception {
        String caseNumber;
        try (PortalBrowser applicant = PortalBrowser.start(node1.port, BROWSER_WAIT)) {
            applicant.signIn("zhangwei", DEMO_PASSWORD);
            applicant.fillInLimitedCompanyApplication(pdf, "福州双节点测试有限公司");
            applicant.declare();
            applicant.press("submit-application");
            caseNumber = applicant.visible("submitted-case-number").getText();
        }
        assertThat(caseNumber).matches(CASE_NUMBER);
        long id = db.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, caseNumber);
        assertThat(status(id)).isEqualTo("RECEIVED");

        try (PortalBrowser clerk = PortalBrowser.start(node2.port, BROWSER_WAIT)) {
            clerk.signIn("clerk.cangshan", DEMO_PASSWORD);
            clerk.visible("window-queue-grid");
            clerk.visible("filter-case-number").findElement(By.tagName("input")).sendKeys(caseNumber);
            clerk.press(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + caseNumber + "']"));
            clerk.textShows("case-number", caseNumber::equals);
            List<Long> lines = db.queryForList("SELECT id FROM case_checklist_line WHERE case_id = ?"
                    + " AND stage = 'INTAKE' AND verdict = 'OPEN' ORDER BY id", Long.class, id);
            assertThat(lines).isNotEmpty();
            for (long line : lines) {
                // the label, not the transparent radio input; the first verdict claims the case and rebuilds the screen
                clerk.press(By.xpath("//vaadin-radio-group[@id='line-" + line
                        + "-verdict']//vaadin-radio-button[normalize-space(.)='符合']/label"));
                await("verdict of line " + line, Duration.ofSeconds(60), () -> "CONFORMS".equals(db.queryForObject(
                        "SELECT verdict FROM case_checklist_line WHERE id = ?", String.class, line)));
                clerk.settled();
            }
            clerk.press("intake-accept");
            clerk.textShows("case-status", "已转办"::equals);
        }
        assertThat(status(id)).isEqualTo("TRANSFERRED");
        assertThat(db.queryForObject("SELECT actor_name FROM case_history WHERE case_id = ? AND action = 'ACCEPTED'",
                String.class, id)).isEqualTo("陈静");
        firstCase = id;
    }

    @Test
    @Order(2)
    void theFiveDayRuleFiringOnBothNodesRunsEachFiringOnceAndDeemsTheCaseAcceptedOnce() {
        Assumptions.assumeTrue(firstCase != null, "needs the first test's case to copy");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long overdue = copyOfFirstCase("RECEIVED", "TWONODE-OVERDUE-1");
        db.update("UPDATE case_file SET received_at = ?, due_date = ?, intake_due = ?, statutory_due = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS)), today.minusDays(10), today.minusDays(10),
                today.minusDays(10), overdue);

        await("the case deemed accepted", Duration.ofSeconds(60), () -> deemedAcceptedLines(overdue) > 0);
        Timestamp after = Timestamp.from(Instant.now());
        // three more firings on both nodes: none may mark the case again, none may run twice
        await("three more firings", Duration.ofSeconds(60), () -> db.queryForObject(
                "SELECT COUNT(*) FROM cluster_job_run WHERE job_name = 'five-day-rule' AND started_at > ?",
                Integer.class, after) >= 3);

        assertThat(deemedAcceptedLines(overdue)).as("one history line, from one node").isOne();
        assertThat(status(overdue)).isEqualTo("RECEIVED");
        List<Map<String, Object>> runs = db.queryForList(
                "SELECT node, started_at FROM cluster_job_run WHERE job_name = 'five-day-rule' ORDER BY started_at");
        assertThat(runs).hasSizeGreaterThanOrEqualTo(4);
        // each run belongs to the five-second firing it started in (a late node starts within the
        // four-second hold, so still inside it); two nodes running one firing put two runs in one slot
        Map<Long, List<Object>> bySlot = runs.stream().collect(Collectors.groupingBy(
                r -> ((Timestamp) r.get("started_at")).toInstant().getEpochSecond() / FIVE_DAY_RULE_EVERY_SECONDS,
                Collectors.mapping(r -> r.get("node") + "@" + r.get("started_at"), Collectors.toList())));
        assertThat(bySlot.values()).as("runs per firing").allSatisfy(slot -> assertThat(slot).hasSize(1));
        System.out.printf("five-day rule: %d runs in %d firings, by node %s%n", runs.size(), bySlot.size(),
                runs.stream().collect(Collectors.groupingBy(r -> r.get("node"), Collectors.counting())));
    }

    @Test
    @Order(3)
    void applicationsSubmittedAtOnceOnBothNodesGetDistinctCaseNumbers() throws Exception {
        Assumptions.assumeTrue(firstCase != null, "needs the first test's case to copy");
        int perNode = 2;
        List<Node> targets = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < perNode; i++) {
            for (Node node : List.of(node1, node2)) {
                targets.add(node);
                drafts.add(copyOfFirstCase("DRAFT", null));
            }
        }
        CountDownLatch ready = new CountDownLatch(drafts.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < drafts.size(); i++) {
                Node node = targets.get(i);
                long draft = drafts.get(i);
                numbers.add(pool.submit(() -> {
                    boolean counted = false;
                    try (PortalBrowser applicant = PortalBrowser.start(node.port, BROWSER_WAIT)) {
                        applicant.signIn("zhangwei", DEMO_PASSWORD);
                        applicant.open("apply/" + draft);
                        while (!"CHECK".equals(applicant.wizardStep())) {
                            applicant.next();
                        }
                        applicant.declare();
                        ready.countDown();
                        counted = true;
                        assertThat(go.await(5, TimeUnit.MINUTES)).isTrue();
                        applicant.press("submit-application");
                        return applicant.visible("submitted-case-number").getText();
                    } finally {
                        if (!counted) {
                            // a browser that failed on the way must not keep the others waiting
                            ready.countDown();
                        }
                    }
                }));
            }
            assertThat(ready.await(5, TimeUnit.MINUTES)).as("every browser at the check step").isTrue();
            go.countDown();
            List<String> shown = new ArrayList<>();
            for (Future<String> number : numbers) {
                shown.add(number.get(3, TimeUnit.MINUTES));
            }
            assertThat(shown).allMatch(n -> CASE_NUMBER.matcher(n).matches());
            assertThat(new HashSet<>(shown)).as("numbers shown on both nodes").hasSize(drafts.size());
        } finally {
            pool.shutdownNow();
        }
        List<String> stored = db.queryForList("SELECT case_number FROM case_file WHERE id IN ("
                + String.join(",", drafts.stream().map(String::valueOf).toList()) + ")", String.class);
        assertThat(stored).hasSize(drafts.size()).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(db.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT case_number) FROM case_file"
                + " WHERE case_number IS NOT NULL", Integer.class)).isZero();
    }

    /** A copy of the first case's application (answers, form, place, files) in the given status. */
    private long copyOfFirstCase(String status, String caseNumber) {
        Timestamp now = Timestamp.from(Instant.now());
        db.update("""
                INSERT INTO case_file (case_number, item_code, item_name, item_version_id, applicant_id,
                  applicant_name, applicant_id_number, receiving_window_code, receiving_region_code,
                  competent_region_code, competent_authority_code, handed_in_online, situation_answers,
                  form_values, status, created_at, updated_at, version, correction_round, commitment_given, walk_in)
                SELECT ?, item_code, item_name, item_version_id, applicant_id, applicant_name, applicant_id_number,
                  receiving_window_code, receiving_region_code, competent_region_code, competent_authority_code,
                  handed_in_online, situation_answers, form_values, ?, ?, ?, 0, 0, FALSE, FALSE
                FROM case_file WHERE id = ?""", caseNumber, status, now, now, firstCase);
        long id = db.queryForObject("SELECT MAX(id) FROM case_file", Long.class);
        db.update("""
                INSERT INTO case_material_file (case_id, material_code, file_id, original_name, content_type,
                  size_bytes, page_count, added_round, added_at)
                SELECT ?, material_code, file_id, original_name, content_type, size_bytes, page_count, 0, added_at
                FROM case_material_file WHERE case_id = ? AND replaced_at IS NULL""", id, firstCase);
        return id;
    }

    private int deemedAcceptedLines(long caseId) {
        return db.queryForObject("SELECT COUNT(*) FROM case_history WHERE case_id = ? AND action = 'DEEMED_ACCEPTED'",
                Integer.class, caseId);
    }

    private String status(long caseId) {
        return db.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId);
    }

    private static void requireBrowser() {
        boolean present = BrowserJourney.CHROMIUM.canExecute() && BrowserJourney.CHROMEDRIVER.canExecute();
        if (!present && "true".equals(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException("REQUIRE_BROWSER=true but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "Two-node test skipped: no Chromium here");
    }

    /** DB_URL's server if it is MySQL/MariaDB (as in CI), else root on the local MariaDB. */
    private void connectToMariaDb() {
        String url = System.getenv("DB_URL");
        Matcher m = url == null ? null : Pattern.compile("^jdbc:(?:mysql|mariadb)://([^/?]+)").matcher(url);
        if (m != null && m.find()) {
            server = m.group(1);
            user = System.getenv().getOrDefault("DB_USER", "root");
            password = System.getenv().getOrDefault("DB_PASSWORD", "");
        } else {
            server = "127.0.0.1:3306";
            user = "root";
            password = "";
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:mysql://" + server
                    + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=5000", user, password);
            dataSource = new SingleConnectionDataSource(connection, true);
            db = new JdbcTemplate(dataSource);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("REQUIRE_MARIADB"))) {
                throw new IllegalStateException("REQUIRE_MARIADB=true but no MariaDB at " + server, unreachable);
            }
            Assumptions.abort("Two-node test skipped: no MariaDB/MySQL at " + server + " (" + unreachable.getMessage() + ")");
        }
    }

    private String nodeUrl() {
        return "jdbc:mysql://" + server + "/" + DATABASE + "?useUnicode=true&characterEncoding=utf8"
                + "&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** The jar {@code package} made before Failsafe runs. */
    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongban-portal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/tongban-portal-*.jar: run ./mvnw verify"));
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** One portal process on its own port, its output in {@code target/two-node/node<n>.log}. */
    private record Node(int number, int port, Process process, Path log) {

        static Node start(int number, Path jar, Path data, String dbUrl, String user, String password)
                throws IOException {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Path log = WORK.resolve("node" + number + ".log");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toAbsolutePath().toString(), "--server.port=" + port,
                    "--portal.clock.five-day-rule-cron=*/" + FIVE_DAY_RULE_EVERY_SECONDS + " * * * * *",
                    "--portal.clock.five-day-rule-hold=PT4S")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "mysql");
            env.put("DB_URL", dbUrl);
            env.put("DB_USER", user);
            env.put("DB_PASSWORD", password);
            env.put("PORTAL_DATA_DIR", data.toAbsolutePath().toString());
            env.put("PORTAL_DEMO_DATA", "true");
            env.remove("SPRING_MAIL_HOST");
            return new Node(number, port, builder.start(), log);
        }

        /** Polls the readiness probe (from this host, so no login) until UP: started and imports done. */
        void awaitHealthy(Duration limit) throws IOException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + limit.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + number + " exited; see " + log + ":\n" + tail());
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("node " + number + " not healthy after " + limit + "; see " + log);
                }
                try {
                    process.waitFor(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }
}
