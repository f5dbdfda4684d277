package cn.fzmetro.portal.perf.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A catalog guide page ({@code catalog/<code>}) on a visitor's first visit: headless Chromium with
 * a fresh profile (empty cache) per run. A script installed before the page's own scripts records
 * {@code performance.now()} (milliseconds since navigation start) at the first moment the guide's
 * title has its text and the Apply button is an upgraded Vaadin component, i.e. the content is
 * rendered and styled. Navigation Timing and Resource Timing give the server time, the number of
 * requests, the bytes transferred and the timing of Flow's bootstrap request ({@code v-r=init}),
 * after which the client renders the view.
 */
final class GuideBench {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String OBSERVER = """
            window.__guide = {};
            const probe = () => {
              const title = document.querySelector('#guide-title');
              if (title && title.textContent.trim() && !window.__guide.title) window.__guide.title = performance.now();
              const apply = document.querySelector('#guide-apply');
              if (apply && customElements.get('vaadin-button') && apply.shadowRoot && !window.__guide.styled) {
                window.__guide.styled = performance.now();
              }
              if (!(window.__guide.title && window.__guide.styled)) setTimeout(probe, 2);
            };
            probe();
            """;
    private static final String READ = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const init = resources.find(r => r.name.includes('v-r=init')) || {startTime: -1, responseStart: -1, responseEnd: -1};
            const uidl = resources.find(r => r.name.includes('v-r=uidl')) || {startTime: -1, responseStart: -1, responseEnd: -1};
            return {
              uidlStart: uidl.startTime, uidlFirstByte: uidl.responseStart, uidlEnd: uidl.responseEnd,
              initStart: init.startTime, initFirstByte: init.responseStart, initEnd: init.responseEnd,
              title: window.__guide.title || -1, styled: window.__guide.styled || -1,
              responseStart: nav.responseStart, responseEnd: nav.responseEnd,
              domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
              requests: resources.length + 1,
              bytes: resources.reduce((a, r) => a + r.transferSize, nav.transferSize),
              lastResource: resources.reduce((a, r) => Math.max(a, r.responseEnd), 0)
            };""";

    private final Path work;
    private final int port;
    private final int runs;
    private final String code;

    GuideBench(Path work, int port) {
        this.work = work;
        this.port = port;
        this.runs = Integer.getInteger("perf.guide.runs", 10);
        this.code = System.getProperty("perf.guide.code", "SCJG-001");
    }

    void run() throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("the guide benchmark needs /usr/bin/chromium and /usr/bin/chromedriver");
        }
        String baseUrl = System.getProperty("perf.base-url");
        if (baseUrl != null) {
            measure(baseUrl.replaceAll("/+$", ""));
            return;
        }
        Path dataDir = work.resolve("guide-h2");
        System.out.println("Starting the production jar for the guide benchmark (data " + dataDir + ")...");
        try (PortalProcess portal = PortalProcess.launch(List.of("-Xmx2g"), StartupBench.fatJar(), port, dataDir,
                Map.of(), work.resolve("logs/guide-portal.log"))) {
            portal.secondsUntilOk("/actuator/health/readiness", Duration.ofMinutes(6));
            measure(portal.baseUrl());
        }
    }

    private void measure(String baseUrl) throws Exception {
        String url = baseUrl + "/catalog/" + code;
        System.out.println("Guide page " + url + ": 2 warm-up visits (server JIT), then " + runs
                + " first visits, each with a new browser profile");
        Stats rendered = new Stats("guide first visit: content rendered and styled", "ms");
        Stats title = new Stats("guide first visit: title text present", "ms");
        Stats document = new Stats("guide first visit: HTML document received (responseEnd)", "ms");
        Stats load = new Stats("guide first visit: load event end", "ms");
        Stats initSent = new Stats("guide first visit: Flow bootstrap request (v-r=init) sent", "ms");
        Stats initServer = new Stats("guide first visit: v-r=init server time (sent to first byte)", "ms");
        Stats initReceived = new Stats("guide first visit: v-r=init answer received", "ms");
        Stats uidlSent = new Stats("guide first visit: first UIDL request (navigation) sent", "ms");
        Stats uidlServer = new Stats("guide first visit: first UIDL request server time", "ms");
        Stats lastResource = new Stats("guide first visit: last resource received", "ms");
        Stats requests = new Stats("guide first visit: requests", "");
        Stats kilobytes = new Stats("guide first visit: transferred", "KB");
        for (int i = -1; i <= runs; i++) {
            Map<?, ?> m = visit(url);
            if (i < 1) {
                continue;
            }
            rendered.add(number(m, "styled"));
            title.add(number(m, "title"));
            document.add(number(m, "responseEnd"));
            load.add(number(m, "load"));
            initSent.add(number(m, "initStart"));
            initServer.add(number(m, "initFirstByte") - number(m, "initStart"));
            initReceived.add(number(m, "initEnd"));
            uidlSent.add(number(m, "uidlStart"));
            uidlServer.add(number(m, "uidlFirstByte") - number(m, "uidlStart"));
            lastResource.add(number(m, "lastResource"));
            requests.add(number(m, "requests"));
            kilobytes.add(number(m, "bytes") / 1024);
            System.out.printf("  run %d: rendered %.0f ms (title %.0f, document %.0f, load %.0f, v-r=init sent %.0f,"
                    + " server %.0f, received %.0f; UIDL sent %.0f, server %.0f; last resource %.0f), %d requests, %.0f KB,"
                    + " load %s%n", i, rendered.last(), title.last(), document.last(), load.last(), initSent.last(),
                    initServer.last(), initReceived.last(), uidlSent.last(), uidlServer.last(), lastResource.last(),
                    (int) requests.last(), kilobytes.last(), Machine.load());
        }
        Benchmarks.table(List.of(rendered, title, document, load, initSent, initServer, initReceived, uidlSent,
                uidlServer, lastResource, requests, kilobytes));
    }

    private Map<?, ?> visit(String url) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return !!(window.__guide && window.__guide.title && window.__guide.styled);"));
            return (Map<?, ?>) driver.executeScript(READ);
        } finally {
            driver.quit();
            Benchmarks.deleteTree(profile);
        }
    }

    private static double number(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
