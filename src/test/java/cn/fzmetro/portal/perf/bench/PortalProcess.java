package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production portal in its own JVM ({@code java -Xmx2g ... -jar}), as an operator starts it,
 * with its output in a log file. Times are measured from the moment the process is launched.
 */
final class PortalProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern
            .compile("Started PortalApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final long launchedAt;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, long launchedAt, int port, Path log) {
        this.process = process;
        this.launchedAt = launchedAt;
        this.port = port;
        this.log = log;
    }

    /**
     * @param jvmOptions options before {@code -jar}, e.g. {@code -Xmx2g} or an AOT cache
     * @param jar        the (fat or extracted) application jar
     * @param env        extra environment, e.g. the mysql profile's {@code DB_URL}
     */
    static PortalProcess launch(List<String> jvmOptions, Path jar, int port, Path dataDir, Map<String, String> env,
            Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--portal.data-dir=" + dataDir.toAbsolutePath(),
                // readiness turns UP after the start-up runners (area, calendar, catalog import check)
                "--management.endpoint.health.probes.enabled=true"));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long now = System.nanoTime();
        return new PortalProcess(builder.start(), now, port, log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Seconds from launch until {@code path} first answers 200, polling every 20 ms. */
    double secondsUntilOk(String path, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(path + " did not answer 200 within " + limit + "; see " + log);
    }

    /** CPU seconds the portal's JVM has used so far (all threads): less sensitive to a shared machine than wall time. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Spring Boot's own "Started PortalApplication in X seconds" figure. */
    OptionalDouble startedSeconds() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /** The JVM's "process running for Y" at the same moment: includes the JVM's and the loader's own start. */
    OptionalDouble processRunningSeconds() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(2))) : OptionalDouble.empty();
    }

    int get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code jcmd GC.class_histogram} of the portal's JVM: runs a full GC, then counts live objects per class. */
    String histogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        return out;
    }

    /** Stops like an operator does (SIGTERM, graceful shutdown), forcibly only if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
