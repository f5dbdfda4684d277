package cn.fzmetro.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in headless Chromium against the portal on a random port. Waits for conditions,
 * never for time. Skips with the reason when this machine has no Chromium, unless
 * REQUIRE_BROWSER=true (CI), where a missing browser fails the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourney {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;
    protected WebDriver driver;
    /** The moves of a user in this browser (wizard, clicks, combo boxes). */
    protected PortalBrowser browser;
    protected WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && "true".equals(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException("REQUIRE_BROWSER=true but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no /usr/bin/chromium and /usr/bin/chromedriver here "
                + "(apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new PortalBrowser(startChromium(), url(""), Duration.ofSeconds(60));
        driver = browser.driver;
        wait = browser.wait;
    }

    /** Debian's headless Chromium with a fresh profile, the flags this closed network needs, Chinese first. */
    public static WebDriver startChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void open(String path) {
        browser.open(path);
    }

    /** Signs in through the real login form. */
    protected void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    protected void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        // signed out, the front door offers the sign-in again
        visible("login-link");
    }

    protected WebElement visible(String id) {
        return browser.visible(id);
    }

    /** Text of an element, including text Vaadin renders in shadow roots' slots. */
    protected String textOf(WebElement element) {
        return browser.textOf(element);
    }
}
