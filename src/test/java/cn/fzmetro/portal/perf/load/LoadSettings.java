package cn.fzmetro.portal.perf.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's parameters, each a system property {@code perf.<name>} (defaults in brackets fit
 * the embedded H2 demo data). User lists are comma-separated; an entry containing {@code {n}}
 * stands for {@code n = 1..<applicant-count>} (e.g. {@code perf-applicant-{n}} for the generated
 * applicants), so each virtual user signs in as its own applicant.
 */
record LoadSettings(
        URI baseUrl,
        String mode,
        int users,
        Duration duration,
        Duration rampUp,
        Duration thinkMin,
        Duration thinkMax,
        Map<String, Integer> mix,
        List<String> applicants,
        int applicantCount,
        String applicantPassword,
        List<String> clerks,
        List<String> officers,
        String staffPassword,
        String item,
        String search,
        String region,
        String window,
        int situationOption,
        int sessions,
        int loginConcurrency,
        Duration hold,
        Duration timeout,
        Path reportDir) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                URI.create(prop("base-url", "http://localhost:8091")),
                prop("mode", "mix"),
                Integer.parseInt(prop("users", "50")),
                Duration.parse(prop("duration", "PT2M")),
                Duration.parse(prop("ramp-up", "PT30S")),
                Duration.parse(prop("think-min", "PT3S")),
                Duration.parse(prop("think-max", "PT8S")),
                mix(prop("mix", "browse:30,applicant:40,clerk:20,officer:10")),
                list(prop("applicants", "zhangwei,minjiang")),
                Integer.parseInt(prop("applicant-count", "200000")),
                prop("applicant-password", "Demo2026!"),
                list(prop("clerks", "clerk.cangshan")),
                list(prop("officers", "officer.gulou")),
                prop("staff-password", "Demo2026!"),
                prop("item", "SCJG-001"),
                prop("search", "公司"),
                prop("region", "鼓楼区"),
                prop("window", "仓山区行政服务中心"),
                Integer.parseInt(prop("situation-option", "1")),
                Integer.parseInt(prop("sessions", "200")),
                Integer.parseInt(prop("login-concurrency", "20")),
                Duration.parse(prop("hold", "PT0S")),
                Duration.parse(prop("timeout", "PT30S")),
                Path.of(prop("report-dir", "target/perf")));
    }

    /** The applicant the {@code index}-th virtual user of a role signs in as. */
    String applicant(int index) {
        return user(applicants, index, applicantCount);
    }

    String clerk(int index) {
        return user(clerks, index, Integer.MAX_VALUE);
    }

    String officer(int index) {
        return user(officers, index, Integer.MAX_VALUE);
    }

    private static String user(List<String> names, int index, int count) {
        String pattern = names.get(index % names.size());
        return pattern.replace("{n}", Integer.toString(index / names.size() % count + 1));
    }

    List<String> describe() {
        boolean mixed = "mix".equals(mode);
        return List.of("- base URL: " + baseUrl, "- mode: " + mode, "- virtual users: " + users,
                "- measured duration: " + duration + " after a ramp-up of " + rampUp,
                mixed ? "- think time: " + thinkMin + " to " + thinkMax + "; mix: " + mix : "- no think time",
                "- applicants: " + applicants + (mixed ? ", clerks: " + clerks + ", officers: " + officers : ""),
                "- item " + item + ", search '" + search + "', competent district " + region + ", window " + window);
    }

    private static String prop(String name, String fallback) {
        return System.getProperty("perf." + name, fallback);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, Integer> mix(String value) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : list(value)) {
            String[] kv = part.split(":");
            weights.put(kv[0].trim(), kv.length > 1 ? Integer.parseInt(kv[1].trim()) : 1);
        }
        return weights;
    }
}
