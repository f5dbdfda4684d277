package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap a signed-in, idle session keeps: the production jar is started, sessions are opened the
 * way a browser does (sign in through the login form, load the role's home page, let Vaadin
 * create its UI with the {@code v-r=init} request and navigate it to the home route with the
 * {@code ui-navigate} event, which builds the view in {@code MainLayout}), then left idle; the
 * browser's later requests (grid rows, heartbeats) are not sent. Heap is read from
 * {@code jcmd GC.class_histogram}, which runs a full GC first: live objects only. Sessions are
 * added in steps of {@code perf.session.count}; each step gives one sample of
 * (heap after the step − heap before) / count. The classes that grew most are listed, which
 * shows what a session holds.
 */
final class SessionBench {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Path work;
    private final int port;
    private final int count;
    private final int runs;
    private final List<String> users;

    SessionBench(Path work, int port) {
        this.work = work;
        this.port = port;
        this.count = Integer.getInteger("perf.session.count", 50);
        this.runs = Integer.getInteger("perf.session.runs", 5);
        this.users = List.of(System.getProperty("perf.session.users",
                "zhangwei,clerk.cangshan,officer.gulou,admin").split(","));
    }

    void run() throws Exception {
        Path dataDir = work.resolve("session-h2");
        System.out.println("Starting the production jar for the session benchmark (data " + dataDir + ")...");
        try (PortalProcess portal = PortalProcess.launch(List.of("-Xmx2g"), StartupBench.fatJar(), port, dataDir,
                Map.of(), work.resolve("logs/session-portal.log"))) {
            portal.secondsUntilOk("/actuator/health/readiness", Duration.ofMinutes(6));
            List<HttpClient> held = new ArrayList<>();
            // warm-up: the first sessions of each role load classes and fill application-wide caches
            for (int i = 0; i < 2 * users.size(); i++) {
                held.add(open(portal.baseUrl(), users.get(i % users.size())));
            }
            Histogram before = Histogram.of(portal.histogram());
            Histogram first = before;
            Stats perSession = new Stats("retained heap per signed-in idle session (users " + String.join(" ", users)
                    + ")", "KB");
            for (int run = 1; run <= runs; run++) {
                for (int i = 0; i < count; i++) {
                    held.add(open(portal.baseUrl(), users.get(i % users.size())));
                }
                Histogram after = Histogram.of(portal.histogram());
                perSession.add((after.total - before.total) / 1024.0 / count);
                System.out.printf("  step %d: %d sessions held, heap %.1f MB, %.0f KB per added session, load %s%n", run,
                        held.size(), after.total / 1024.0 / 1024.0, perSession.last(), Machine.load());
                before = after;
            }
            System.out.println();
            System.out.println("Classes that grew most per session (bytes per session, instances per session):");
            before.growthOver(first).stream().limit(25).forEach(g -> System.out.printf("  %10.0f B %8.1f  %s%n",
                    g.bytes() / (double) (count * runs), g.instances() / (double) (count * runs), g.name()));
            Benchmarks.table(List.of(perSession));
            System.out.println("(held " + held.size() + " HTTP sessions open)");
        }
    }

    /** A browser's session: sign in, load the home page, let Vaadin create the UI. */
    private HttpClient open(String baseUrl, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String loginPage = get(client, baseUrl + "/login");
        Map<String, String> form = new HashMap<>(Map.of("username", user, "password", "Demo2026!"));
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(loginPage);
        if (csrf.find()) {
            form.put("_csrf", csrf.group(1));
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        String home = signedIn.uri().getPath();
        if (signedIn.statusCode() != 200 || home.startsWith("/login")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signedIn.statusCode() + " " + home);
        }
        String location = home.replaceFirst("^/", "");
        String init = get(client, baseUrl + "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=&v-bw=1400&v-bh=1000&v-tzo=-480&v-dst=false&v-tzid=Asia%2FShanghai&v-wn=perf-" + user);
        Matcher uiId = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        if (!uiId.find() || !key.find()) {
            throw new IllegalStateException("no Vaadin UI for " + user + " at " + location + ": "
                    + init.substring(0, Math.min(300, init.length())));
        }
        // what Flow's client sends next: navigate the new UI to the route, which renders the view and the layout
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + location + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> rendered = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId="
                + uiId.group(1))).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        // the layout's side navigation in the answer: the view and MainLayout were built
        if (rendered.statusCode() != 200 || !rendered.body().contains("portal-nav")) {
            throw new IllegalStateException("navigation of " + user + " to " + location + " failed: "
                    + rendered.statusCode() + " " + rendered.body().substring(0, Math.min(300, rendered.body().length())));
        }
        return client;
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String urlEncoded(Map<String, String> form) {
        return String.join("&", form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    /** A class histogram of live objects. */
    private record Histogram(long total, Map<String, long[]> classes) {

        record Growth(String name, long bytes, long instances) {
        }

        static Histogram of(String text) {
            Matcher t = TOTAL.matcher(text);
            if (!t.find()) {
                throw new IllegalStateException("no total in the class histogram: " + text);
            }
            Map<String, long[]> classes = new HashMap<>();
            Matcher row = ROW.matcher(text);
            while (row.find()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            return new Histogram(Long.parseLong(t.group(2)), classes);
        }

        List<Growth> growthOver(Histogram earlier) {
            return classes.entrySet().stream().map(e -> {
                long[] was = earlier.classes.getOrDefault(e.getKey(), new long[2]);
                return new Growth(e.getKey(), e.getValue()[1] - was[1], e.getValue()[0] - was[0]);
            }).sorted(Comparator.comparingLong(Growth::bytes).reversed()).toList();
        }
    }
}
