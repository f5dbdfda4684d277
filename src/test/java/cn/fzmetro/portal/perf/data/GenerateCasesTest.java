package cn.fzmetro.portal.perf.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.fzmetro.portal.account.IdentityNumbers;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseHistoryLine;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.QueueFilter;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.OpenedFile;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * The generator on the test database of this run (H2 with multi-row INSERTs by default; MariaDB or
 * MySQL with LOAD DATA when DB_URL is set, as in CI): 2,000 cases whose rows agree with each other
 * and with the portal's rules, and which the portal's own services read and work on. The generated
 * rows are removed again afterwards, so the other tests on this database see none of them.
 */
@PortalSpringTest
class GenerateCasesTest {

    private static final int CASES = 2_000;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment env;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    Cases cases;
    @Autowired
    CaseIntake intake;
    @Autowired
    Documents documents;
    @Value("${portal.data-dir}")
    Path dataDir;

    private Loader.ConnectionSource connections;
    private boolean mysql;

    @AfterEach
    void removeGeneratedData() throws Exception {
        SignIn.out();
        if (connections != null) {
            try (Connection c = connections.open()) {
                Reset.run(c, mysql, new PrintStream(PrintStream.nullOutputStream()));
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'perf-%'", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE submission_key LIKE 'perf-%'",
                    Long.class)).isZero();
        }
    }

    @Test
    void generatesConsistentCasesThatThePortalReadsAndWorksOn() throws Exception {
        String url = env.getRequiredProperty("spring.datasource.url");
        mysql = url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
        GeneratorSettings settings = GeneratorSettings.from(new java.util.Properties())
                .withUrl(url, env.getProperty("spring.datasource.username", ""),
                        env.getProperty("spring.datasource.password", ""))
                .withCases(CASES, 400)
                .with(clock.instant(), dataDir, 20, true, mysql ? "load" : "insert");
        connections = mysql
                ? () -> DriverManager.getConnection(settings.effectiveUrl(), settings.user(), settings.password())
                : dataSource::getConnection;

        CaseGenerator.Result result = new CaseGenerator(settings, connections, System.out).run();

        long first = result.firstCaseId();
        long last = result.lastCaseId();
        String generated = " FROM case_file c WHERE c.submission_key LIKE 'perf-%'";
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated, Long.class)).isEqualTo(CASES);
        assertThat(result.rowsPerTable()).containsEntry("case_file", (long) CASES);

        // case numbers: unique, <window region>-<yyyyMMdd of receipt>-<6 digits>, covered by the sequences
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT c.case_number)" + generated, Long.class))
                .isEqualTo(CASES);
        List<Map<String, Object>> numbers = jdbc.queryForList(
                "SELECT c.case_number, c.receiving_region_code, c.received_at" + generated);
        for (Map<String, Object> n : numbers) {
            String number = (String) n.get("case_number");
            Object at = n.get("received_at");
            java.time.LocalDateTime utc = at instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                    : (java.time.LocalDateTime) at;
            LocalDate received = Deadlines.localDate(utc.toInstant(java.time.ZoneOffset.UTC));
            assertThat(number).matches("\\d{6}-\\d{8}-\\d{6}")
                    .startsWith(n.get("receiving_region_code") + "-" + received.toString().replace("-", "") + "-");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND NOT EXISTS (SELECT 1 FROM"
                + " case_number_sequence s WHERE s.region_code = c.receiving_region_code AND s.last_value >="
                + " CAST(SUBSTRING(c.case_number, 17) AS INT))", Long.class))
                .as("every number is at or below its sequence, so the portal mints no duplicate").isZero();

        // every case's item version, window, region and (once transferred) authority exist and fit
        // in parentheses: the other tests' cases in the same database are not the generator's to check
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND (NOT EXISTS (SELECT 1 FROM item_version v"
                + " WHERE v.id = c.item_version_id AND v.item_code = c.item_code AND v.state = 'PUBLISHED')"
                + " OR NOT EXISTS (SELECT 1 FROM service_window w WHERE w.code = c.receiving_window_code"
                + " AND w.region_code = c.receiving_region_code)"
                + " OR NOT EXISTS (SELECT 1 FROM region r WHERE r.code = c.competent_region_code))", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('TRANSFERRED',"
                + " 'UNDER_REVIEW', 'SUSPENDED', 'APPROVED', 'DENIED', 'CLOSED') AND NOT EXISTS (SELECT 1 FROM"
                + " authority a JOIN service_item i ON i.department_code = a.department_code WHERE"
                + " a.code = c.competent_authority_code AND a.region_code = c.competent_region_code"
                + " AND i.code = c.item_code)", Long.class)).as("authority of the item's department in the district")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('RECEIVED',"
                + " 'CORRECTION_REQUESTED', 'REFUSED') AND c.competent_authority_code IS NOT NULL", Long.class))
                .as("no authority before the transfer").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND NOT EXISTS (SELECT 1 FROM app_user u"
                + " WHERE u.id = c.applicant_id AND u.id_number = c.applicant_id_number)", Long.class)).isZero();

        // open cases with a running clock have a due date; ended ones none; clock facts match the status
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('RECEIVED', 'ACCEPTED',"
                + " 'TRANSFERRED', 'UNDER_REVIEW', 'SUSPENDED') AND (c.due_date IS NULL OR c.statutory_due IS NULL)",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('CORRECTION_REQUESTED',"
                + " 'REFUSED', 'APPROVED', 'DENIED', 'CLOSED', 'WITHDRAWN') AND c.due_date IS NOT NULL", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('UNDER_REVIEW',"
                + " 'SUSPENDED', 'APPROVED', 'DENIED', 'CLOSED') AND (c.signed_for_at IS NULL OR"
                + " c.receipt_to_sign_for_seconds IS NULL OR c.accepted_at IS NULL OR c.intake_on_time IS NULL"
                + " OR c.decision_due IS NULL)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('APPROVED', 'DENIED',"
                + " 'CLOSED') AND (c.decided_at IS NULL OR c.decision_on_time IS NULL)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status = 'CLOSED' AND"
                + " (c.closed_at IS NULL OR c.delivery_method IS NULL)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status = 'RECEIVED'"
                + " AND c.deemed_accepted_on IS NULL AND c.due_date < ?", Long.class,
                java.sql.Date.valueOf(Deadlines.localDate(clock.instant()))))
                .as("the five-day rule has nothing left to do at start-up").isZero();
        Map<String, Long> statuses = new java.util.TreeMap<>();
        jdbc.query("SELECT c.status, COUNT(*) n" + generated + " GROUP BY c.status",
                rs -> {
                    statuses.put(rs.getString(1), rs.getLong(2));
                });
        System.out.println("Generated statuses: " + statuses);
        assertThat(statuses.getOrDefault("CLOSED", 0L)).isGreaterThan(CASES / 2);
        assertThat(statuses.keySet()).contains("RECEIVED", "UNDER_REVIEW", "REFUSED", "WITHDRAWN");

        // every case has its history from submission to its status, its intake checklist and its files
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND NOT EXISTS (SELECT 1 FROM"
                + " case_history h WHERE h.case_id = c.id AND h.action = 'SUBMITTED')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status <> (SELECT h.to_status FROM"
                + " case_history h WHERE h.case_id = c.id ORDER BY h.occurred_at DESC, h.id DESC LIMIT 1)", Long.class))
                .as("the last history line leads to the case's status").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND NOT EXISTS (SELECT 1 FROM"
                + " case_checklist_line l WHERE l.case_id = c.id AND l.stage = 'INTAKE')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.status IN ('UNDER_REVIEW', 'APPROVED',"
                + " 'DENIED', 'CLOSED') AND NOT EXISTS (SELECT 1 FROM case_checklist_line l WHERE l.case_id = c.id"
                + " AND l.stage = 'REVIEW')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_checklist_line l JOIN case_file c ON c.id = l.case_id"
                + " WHERE c.submission_key LIKE 'perf-%' AND c.status IN ('ACCEPTED', 'TRANSFERRED', 'UNDER_REVIEW',"
                + " 'CLOSED') AND l.stage = 'INTAKE' AND l.verdict IN ('OPEN', 'NEEDS_CORRECTION')", Long.class))
                .as("accepted cases have every intake line decided, none flagged").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_checklist_line l JOIN case_file c ON c.id = l.case_id"
                + " WHERE c.submission_key LIKE 'perf-%' AND c.status = 'CLOSED' AND l.stage = 'REVIEW'"
                + " AND l.verdict = 'OPEN'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND c.correction_round > 0 AND NOT EXISTS"
                + " (SELECT 1 FROM case_correction_item i WHERE i.case_id = c.id AND i.round_no = c.correction_round)",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_material_file m JOIN stored_file f ON f.id = m.file_id"
                + " WHERE m.case_id BETWEEN ? AND ? AND (f.owner_type <> 'CASE' OR f.owner_id <> m.case_id"
                + " OR f.sha256 IS NULL OR f.size_bytes <> m.size_bytes)", Long.class, first, last)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + generated + " AND NOT EXISTS (SELECT 1 FROM"
                + " case_material_file m WHERE m.case_id = c.id)", Long.class)).isZero();

        // accounts: the known password, valid identity numbers
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'perf-applicant-1'",
                String.class);
        assertThat(new BCryptPasswordEncoder().matches(Population.PASSWORD, hash)).isTrue();
        for (Map<String, Object> a : jdbc.queryForList(
                "SELECT kind, id_number FROM app_user WHERE username LIKE 'perf-applicant-%'")) {
            String id = (String) a.get("id_number");
            assertThat("ENTERPRISE".equals(a.get("kind")) ? IdentityNumbers.isValidCreditCode(id)
                    : IdentityNumbers.isValidResidentId(id)).as(id).isTrue();
        }

        // the portal's own services read generated cases of every status
        SignIn.as(users, "admin");
        for (String status : statuses.keySet()) {
            long id = jdbc.queryForObject("SELECT MIN(c.id)" + generated + " AND c.status = ?", Long.class, status);
            CaseDetails details = cases.details(id);
            assertThat(details.summary().status()).isEqualTo(CaseStatus.valueOf(status));
            assertThat(details.intakeChecklist()).isNotEmpty();
            assertThat(details.files()).isNotEmpty();
            List<CaseHistoryLine> history = cases.page(id).history();
            assertThat(history).isNotEmpty();
        }
        // an applicant sees their cases, a clerk their window's queue, an officer their authority's
        PortalUser applicant = SignIn.as(users, "perf-applicant-1");
        assertThat(cases.myCases(PageRequest.of(0, 20)).getContent()).isNotEmpty();
        Map<String, Object> atAuthority = jdbc.queryForMap("SELECT c.id, c.competent_authority_code" + generated
                + " AND c.status = 'CLOSED' ORDER BY c.id DESC LIMIT 1");
        SignIn.as(users, "perf-officer-" + atAuthority.get("competent_authority_code") + "-1");
        assertThat(cases.authorityQueue(QueueFilter.ALL, PageRequest.of(0, 20)).getContent()).isNotEmpty();
        // ... and works on one: a clerk of the window claims a received case
        Map<String, Object> received = jdbc.queryForMap("SELECT c.id, c.receiving_window_code, c.version,"
                + " (SELECT u.username FROM app_user u WHERE u.id = c.assigned_clerk_id) clerk" + generated
                + " AND c.status = 'RECEIVED' ORDER BY c.id LIMIT 1");
        String clerk = received.get("clerk") != null ? (String) received.get("clerk")
                : "perf-clerk-" + received.get("receiving_window_code") + "-1";
        PortalUser clerkUser = SignIn.as(users, clerk);
        assertThat(cases.windowQueue(QueueFilter.ALL, PageRequest.of(0, 20)).getContent()).isNotEmpty();
        long receivedId = ((Number) received.get("id")).longValue();
        CaseSummary claimed = intake.claim(receivedId, ((Number) received.get("version")).intValue());
        assertThat(claimed.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.details(receivedId).particulars().assignedClerkId()).isEqualTo(clerkUser.id());

        // a sampled case's files are real PDFs in the portal's file store
        Map<String, Object> sample = jdbc.queryForMap("SELECT f.id, f.sha256, f.size_bytes, u.username FROM stored_file f"
                + " JOIN case_file c ON c.id = f.owner_id JOIN app_user u ON u.id = c.applicant_id"
                + " WHERE f.owner_type = 'CASE' AND c.id = ? ORDER BY f.id LIMIT 1", first);
        SignIn.as(users, (String) sample.get("username"));
        OpenedFile file = documents.open(((Number) sample.get("id")).longValue()).orElseThrow();
        byte[] bytes = file.content().getInputStream().readAllBytes();
        assertThat(bytes).hasSize(((Number) sample.get("size_bytes")).intValue());
        assertThat(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Pdfs.sha256(bytes)).isEqualTo(sample.get("sha256"));
        assertThat(applicant.username()).isEqualTo("perf-applicant-1");
    }
}
