package cn.fzmetro.portal.perf.load;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The load driver of the performance harness (issue 7): virtual users on virtual threads, each a
 * browser tab speaking Vaadin's protocol to the portal. Three modes ({@code -Dperf.mode}):
 * <ul>
 * <li>{@code mix} (default): {@code perf.users} users split by {@code perf.mix} into visitors,
 * applicants, clerks and officers, started evenly over {@code perf.ramp-up}, each looping its
 * journey with think times; measured for {@code perf.duration} after the ramp-up;</li>
 * <li>{@code submissions}: every user an applicant submitting complete applications with files
 * in a loop without think time; reports submissions per second;</li>
 * <li>{@code idle-sessions}: {@code perf.sessions} applicants sign in and open their cases, then
 * only keep their tabs alive (heartbeats) for {@code perf.hold} (0: until killed), so the
 * portal's heap can be measured with and without them.</li>
 * </ul>
 * Run: {@code ./mvnw -o -q -Pperf test-compile exec:java@load -Dperf.users=500 -Dperf.duration=PT10M}.
 * The report is printed and written as Markdown and CSV to {@code perf.report-dir}.
 */
public final class LoadDriver {

    private final LoadSettings settings;
    private final Stats stats = new Stats();
    private final HttpClient http;
    private volatile boolean running = true;

    LoadDriver(LoadSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout()).build();
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        LoadDriver driver = new LoadDriver(settings);
        switch (settings.mode()) {
            case "mix" -> driver.mix();
            case "submissions" -> driver.submissions();
            case "idle-sessions" -> driver.idleSessions();
            default -> throw new IllegalArgumentException("perf.mode must be mix, submissions or idle-sessions");
        }
    }

    Stats stats() {
        return stats;
    }

    /** The weighted mix of journeys; returns the report. */
    String mix() throws InterruptedException {
        List<Consumer<VirtualUser>> journeys = assign(settings.mix(), settings.users());
        Duration measured = run(journeys, true);
        return report("mix", measured, List.of());
    }

    /** Applicants submitting in a loop without pauses; returns the report. */
    String submissions() throws InterruptedException {
        List<Consumer<VirtualUser>> journeys = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            journeys.add(u -> {
                if (!u.signedIn) {
                    u.step("applicant.login", () -> {
                        u.client().login(settings.applicant(u.index), settings.applicantPassword());
                        u.client().require("logout");
                    });
                    u.signedIn = true;
                }
                Journeys.apply(u);
            });
        }
        Duration measured = run(journeys, false);
        long submitted = stats.count("applicant.submit", false);
        String rate = String.format(Locale.ROOT, "- submissions: %d in %ds = %.2f per second (files per submission: "
                + "one small PDF per required material)", submitted, measured.toSeconds(),
                submitted / Math.max(1.0, measured.toMillis() / 1000.0));
        return report("submissions", measured, List.of(rate));
    }

    /**
     * Virtual users start evenly over the ramp-up and loop their journeys; measuring starts when
     * the last one has started and lasts the duration. Returns the time actually measured.
     */
    private Duration run(List<Consumer<VirtualUser>> journeys, boolean thinking) throws InterruptedException {
        int n = journeys.size();
        long rampNanos = settings.rampUp().toNanos();
        Instant start = Instant.now();
        System.out.printf("load: %d virtual users against %s, ramp-up %s, measuring %s%n", n, settings.baseUrl(),
                settings.rampUp(), settings.duration());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int index = i;
                Consumer<VirtualUser> journey = journeys.get(i);
                long delay = n <= 1 ? 0 : rampNanos * i / n;
                threads.submit(() -> loop(index, journey, delay, thinking));
            }
            Thread.sleep(settings.rampUp());
            stats.startMeasuring();
            Instant measuring = Instant.now();
            System.out.printf("load: all users started after %ds, measuring%n",
                    Duration.between(start, measuring).toSeconds());
            progress(settings.duration());
            stats.stopMeasuring();
            running = false;
            Duration measured = Duration.between(measuring, Instant.now());
            threads.shutdown();
            if (!threads.awaitTermination(settings.timeout().toSeconds() + 10, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
            return measured;
        }
    }

    /** Prints a line every 30 s while measuring, so a long run shows it is alive. */
    private void progress(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Duration.ofNanos(Math.min(left, 30_000_000_000L)));
            Stats.Line total = stats.total();
            System.out.printf(Locale.ROOT, "load: %d interactions, %d errors, p95 %.0f ms so far%n", total.count(),
                    total.errors(), total.p95());
        }
    }

    private void loop(int index, Consumer<VirtualUser> journey, long delayNanos, boolean thinking) {
        VirtualUser user = new VirtualUser(index, settings, stats, http, () -> running, thinking);
        try {
            user.sleep(Duration.ofNanos(delayNanos));
            while (running) {
                try {
                    journey.accept(user);
                } catch (LoadFailure e) {
                    // recorded by the step; start the next round from a fresh tab
                    user.fresh();
                    user.think();
                }
            }
        } catch (VirtualUser.Stopped e) {
            // the run is over
        }
    }

    /**
     * Applicants sign in (at most {@code perf.login-concurrency} at a time) and open their cases,
     * then only send the heartbeats an open tab sends, until {@code perf.hold} has passed or the
     * process is killed.
     */
    void idleSessions() throws InterruptedException {
        int n = settings.sessions();
        Semaphore logins = new Semaphore(settings.loginConcurrency());
        CountDownLatch ready = new CountDownLatch(n);
        AtomicInteger failed = new AtomicInteger();
        stats.startMeasuring();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int index = i;
                threads.submit(() -> idle(index, logins, ready, failed));
            }
            ready.await();
            System.out.printf("idle-sessions: READY %d sessions signed in and idle (%d failed) at %s%n",
                    n - failed.get(), failed.get(), Instant.now());
            System.out.flush();
            if (settings.hold().isZero()) {
                Thread.sleep(Long.MAX_VALUE);
            }
            Thread.sleep(settings.hold());
            running = false;
            threads.shutdownNow();
        }
        System.out.print(stats.table(List.of("idle-sessions: " + n + " sessions")));
    }

    private void idle(int index, Semaphore logins, CountDownLatch ready, AtomicInteger failed) {
        VirtualUser user = new VirtualUser(index, settings, stats, http, () -> running, false);
        try {
            logins.acquire();
            try {
                user.step("idle.login", () -> {
                    user.client().login(settings.applicant(index), settings.applicantPassword());
                    user.client().navigate("my-cases");
                    user.client().require("my-cases-grid");
                });
            } finally {
                logins.release();
            }
        } catch (LoadFailure e) {
            failed.incrementAndGet();
            ready.countDown();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.countDown();
            return;
        }
        ready.countDown();
        try {
            while (running) {
                user.sleep(Duration.ofSeconds(user.client().heartbeatSeconds()));
                user.client().heartbeat();
            }
        } catch (VirtualUser.Stopped | LoadFailure e) {
            // the run is over, or the portal went away
        }
    }

    /** Splits the users by the weights, in proportion, each journey at least once when it has weight. */
    static List<Consumer<VirtualUser>> assign(Map<String, Integer> mix, int users) {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        List<Consumer<VirtualUser>> journeys = new ArrayList<>();
        // round-robin over the kinds by weight, so a short run still has every kind
        double[] credit = new double[mix.size()];
        List<String> kinds = List.copyOf(mix.keySet());
        for (int i = 0; i < users; i++) {
            int best = 0;
            for (int k = 0; k < kinds.size(); k++) {
                credit[k] += mix.get(kinds.get(k)) / (double) total;
                if (credit[k] > credit[best]) {
                    best = k;
                }
            }
            credit[best] -= 1;
            journeys.add(journey(kinds.get(best)));
        }
        return journeys;
    }

    private static Consumer<VirtualUser> journey(String kind) {
        return switch (kind) {
            case "browse" -> Journeys::browse;
            case "applicant" -> Journeys::applicant;
            case "clerk" -> Journeys::clerk;
            case "officer" -> Journeys::officer;
            default -> throw new IllegalArgumentException("unknown journey in perf.mix: " + kind);
        };
    }

    private String report(String mode, Duration measured, List<String> extra) {
        List<String> header = new ArrayList<>();
        header.add("# Load run " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        header.add("");
        header.addAll(settings.describe());
        header.add(String.format(Locale.ROOT, "- measured: %ds, %d interactions, %.1f interactions per second",
                measured.toSeconds(), stats.total().count(), stats.total().count() / Math.max(1.0, measured.toMillis() / 1000.0)));
        header.addAll(extra);
        String table = stats.table(header);
        System.out.println();
        System.out.print(table);
        String name = "load-" + mode + "-" + settings.users() + "u-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path md = stats.write(settings.reportDir(), name, header);
        System.out.println("report: " + md.toAbsolutePath() + " (and .csv)");
        return table;
    }
}
