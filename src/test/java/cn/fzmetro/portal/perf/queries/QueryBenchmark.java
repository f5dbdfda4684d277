package cn.fzmetro.portal.perf.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.QueueFilter;
import cn.fzmetro.portal.casefile.ui.CaseListGrid;
import cn.fzmetro.portal.perf.PortalOnDatabase;

/**
 * Server time of the case lists and the case page at the database's real volume, side by side
 * with the raw SQL of the same page: each measured call records the statements it sent, which are
 * then replayed through plain JDBC on the same pool, so both run against the same cache state.
 *
 * <pre>./mvnw -q -Pperf test-compile exec:java@queries -Dperf.db.url=jdbc:mysql://127.0.0.1:3306/tongban_perf</pre>
 *
 * Parameters (system properties): perf.db.url, perf.db.user (root), perf.db.password (empty),
 * perf.runs (3), perf.iterations per scenario and run (200), perf.warmup (50).
 */
public final class QueryBenchmark {

    private static final int PAGE_SIZE = 50;

    private final Cases cases;
    private final DataSource dataSource;
    private final int iterations;
    private final int warmup;

    private QueryBenchmark(ConfigurableApplicationContext context, int iterations, int warmup) {
        this.cases = context.getBean(Cases.class);
        this.dataSource = context.getBean(DataSource.class);
        this.iterations = iterations;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("perf.runs", 3);
        try (ConfigurableApplicationContext context = PortalOnDatabase.start(CaptureConfiguration.class)) {
            QueryBenchmark bench = new QueryBenchmark(context, Integer.getInteger("perf.iterations", 200),
                    Integer.getInteger("perf.warmup", 50));
            Scopes scopes = Scopes.read(new JdbcTemplate(context.getBean(DataSource.class)));
            System.out.printf(Locale.ROOT, "cases in database: %,d; windows %d, authorities %d, applicants %d%n",
                    scopes.caseCount(), scopes.windows().size(), scopes.authorities().size(),
                    scopes.applicants().size());
            List<String> report = new ArrayList<>();
            report.add("| run | scenario | service median ms | service p95 ms | SQL median ms | SQL p95 ms | p95 ratio |");
            report.add("|---|---|---|---|---|---|---|");
            for (int run = 1; run <= runs; run++) {
                for (Scenario s : bench.scenarios(scopes)) {
                    Result r = bench.measure(s);
                    String line = String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f |", run,
                            s.name(), r.service().median(), r.service().p95(), r.sql().median(), r.sql().p95(),
                            r.service().p95() / r.sql().p95());
                    System.out.println(line);
                    report.add(line);
                }
            }
            System.out.println();
            report.forEach(System.out::println);
        }
    }

    /** A named call made as one of several users, one after the other. */
    record Scenario(String name, List<PortalUser> users, java.util.function.Function<PortalUser, Object> call) {
    }

    record Result(Stats service, Stats sql) {
    }

    record Stats(double median, double p95) {
        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6);
        }
    }

    private List<Scenario> scenarios(Scopes scopes) {
        Pageable byDeadline = PageRequest.of(0, PAGE_SIZE, CaseListGrid.BY_DEADLINE);
        Pageable newest = PageRequest.of(0, PAGE_SIZE, CaseListGrid.NEWEST_FIRST);
        List<PortalUser> clerks = scopes.windows().stream().map(w -> staff(Role.CLERK, w, null)).toList();
        List<PortalUser> officers = scopes.authorities().stream().map(a -> staff(Role.OFFICER, null, a)).toList();
        List<PortalUser> applicants = scopes.applicants().stream().map(QueryBenchmark::applicant).toList();
        String item = scopes.commonItem();
        return List.of(
                new Scenario("window queue, no filter", clerks, u -> cases.windowQueue(QueueFilter.ALL, byDeadline)),
                new Scenario("window queue, status 已收件", clerks, u -> cases.windowQueue(
                        new QueueFilter(CaseStatus.RECEIVED, null, null, false, false, false, null), byDeadline)),
                new Scenario("window queue, item " + item, clerks, u -> cases.windowQueue(
                        new QueueFilter(null, item, null, false, false, false, null), byDeadline)),
                new Scenario("window queue, overdue", clerks, u -> cases.windowQueue(
                        new QueueFilter(null, null, null, true, false, false, null), byDeadline)),
                new Scenario("authority queue, no filter", officers,
                        u -> cases.authorityQueue(QueueFilter.ALL, byDeadline)),
                new Scenario("authority queue, status 审查中", officers, u -> cases.authorityQueue(
                        new QueueFilter(CaseStatus.UNDER_REVIEW, null, null, false, false, false, null), byDeadline)),
                new Scenario("my cases", applicants, u -> cases.myCases(newest)),
                new Scenario("case page", applicants, u -> cases.page(scopes.caseOf(u.id()))));
    }

    private Result measure(Scenario s) throws SQLException {
        for (int i = 0; i < warmup; i++) {
            as(s.users().get(i % s.users().size()), () -> s.call().apply(currentUser()));
        }
        long[] service = new long[iterations];
        long[] sql = new long[iterations];
        try (Connection raw = dataSource.getConnection()) {
            for (int i = 0; i < iterations; i++) {
                PortalUser user = s.users().get(i % s.users().size());
                // an untimed call records the statements and brings their rows into the cache, so
                // the timed call and the timed replay that follow both read warm data; their order
                // alternates, so neither always goes first
                StatementCapture.start();
                as(user, () -> s.call().apply(user));
                List<StatementCapture.Captured> statements = StatementCapture.stop();
                if (i % 2 == 0) {
                    service[i] = timeCall(s, user);
                    sql[i] = timeReplay(raw, statements);
                } else {
                    sql[i] = timeReplay(raw, statements);
                    service[i] = timeCall(s, user);
                }
            }
        }
        return new Result(Stats.of(service), Stats.of(sql));
    }

    private static long timeCall(Scenario s, PortalUser user) {
        long t0 = System.nanoTime();
        as(user, () -> s.call().apply(user));
        return System.nanoTime() - t0;
    }

    private static long timeReplay(Connection raw, List<StatementCapture.Captured> statements) throws SQLException {
        long t0 = System.nanoTime();
        for (StatementCapture.Captured c : statements) {
            replay(raw, c);
        }
        return System.nanoTime() - t0;
    }

    private static void replay(Connection connection, StatementCapture.Captured c) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(c.sql())) {
            for (var p : c.parameters().entrySet()) {
                if (p.getValue() == null) {
                    ps.setNull(p.getKey(), java.sql.Types.NULL);
                } else {
                    ps.setObject(p.getKey(), p.getValue());
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    private static PortalUser currentUser() {
        return (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PortalUser staff(Role role, String window, String authority) {
        return new PortalUser(-1, "bench", "", "bench", Set.of(role), window, authority, "bench", null, true, false);
    }

    private static PortalUser applicant(Scopes.Applicant a) {
        return new PortalUser(a.id(), a.username(), "", a.username(), Set.of(Role.APPLICANT), null, null, null,
                a.identityNumber(), true, false);
    }

    /**
     * The benchmark's capture of the statements the portal sends. Registered as a source of this
     * benchmark's context only: as a {@code @Configuration} on the test class path, component
     * scanning would put the capturing proxy into every test and benchmark context.
     */
    static class CaptureConfiguration {
        @Bean
        static StatementCapture statementCapture() {
            return new StatementCapture();
        }
    }
}
