package cn.fzmetro.portal.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load driver's journeys end to end against the portal on a random port, without pauses: an
 * applicant applies with files and checks the status, then the 仓山 clerk finds that case by its
 * number and accepts it. Any error the driver records fails the test. Same context as the
 * browser journeys (random port, test profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoadDriverIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{6}-\\d{8}-\\d{6}");

    @LocalServerPort
    int port;

    @Test
    void anApplicantSubmitsWithFilesAndTheClerkAcceptsWithoutErrors() {
        LoadSettings settings = settings();
        Stats stats = new Stats();
        stats.startMeasuring();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

        VirtualUser applicant = new VirtualUser(0, settings, stats, http, () -> true, false);
        Journeys.applicant(applicant);
        assertThat(stats.table(List.of())).doesNotContain("First errors");
        Matcher number = CASE_NUMBER.matcher(applicant.client().text(applicant.client().require("case-number")));
        assertThat(number.find()).isTrue();

        VirtualUser clerk = new VirtualUser(0, settings, stats, http, () -> true, false);
        Journeys.clerk(clerk, number.group());

        assertThat(stats.errors()).as(stats.table(List.of())).isZero();
        assertThat(stats.count("applicant.submit", false)).isEqualTo(1);
        assertThat(stats.count("applicant.upload", false)).isPositive();
        assertThat(stats.count("clerk.accept", false)).as(stats.table(List.of())).isEqualTo(1);
    }

    private LoadSettings settings() {
        System.setProperty("perf.base-url", "http://localhost:" + port);
        try {
            return LoadSettings.fromSystemProperties();
        } finally {
            System.clearProperty("perf.base-url");
        }
    }
}
