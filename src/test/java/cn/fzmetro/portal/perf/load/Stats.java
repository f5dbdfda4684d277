package cn.fzmetro.portal.perf.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies and errors per named interaction, measured on the client from the first request of
 * an interaction to the last response. Only the measured phase counts (after the ramp-up);
 * errors before it are counted apart. Percentiles come from the sorted list of all recorded
 * latencies, which is small enough for runs of minutes.
 */
final class Stats {

    private static final int ERRORS_KEPT = 5;

    private static final class Series {
        private final List<Long> micros = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private final List<String> firstErrors = new ArrayList<>();

        synchronized void ok(long us) {
            micros.add(us);
        }

        synchronized void error(long us, String message) {
            micros.add(us);
            errors.incrementAndGet();
            if (firstErrors.size() < ERRORS_KEPT) {
                firstErrors.add(message);
            }
        }

        synchronized long[] sorted() {
            long[] a = micros.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            return a;
        }

        synchronized List<String> errorsKept() {
            return List.copyOf(firstErrors);
        }
    }

    /** One line of the report, times in milliseconds. */
    record Line(String name, long count, long errors, double median, double p95, double p99, double max) {
    }

    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong warmUpErrors = new AtomicLong();
    private final List<String> warmUpMessages = new ArrayList<>();
    private volatile boolean measuring;

    void startMeasuring() {
        series.clear();
        counters.clear();
        measuring = true;
    }

    void stopMeasuring() {
        measuring = false;
    }

    boolean measuring() {
        return measuring;
    }

    void ok(String name, long nanos) {
        if (measuring) {
            series.computeIfAbsent(name, n -> new Series()).ok(nanos / 1000);
        }
    }

    void error(String name, long nanos, String message) {
        if (measuring) {
            series.computeIfAbsent(name, n -> new Series()).error(nanos / 1000, message);
        } else {
            warmUpErrors.incrementAndGet();
            synchronized (warmUpMessages) {
                if (warmUpMessages.size() < ERRORS_KEPT) {
                    warmUpMessages.add(name + ": " + message);
                }
            }
        }
    }

    /** Outcomes that are neither latencies nor errors (an empty queue, a case another clerk took first). */
    void count(String name) {
        if (measuring) {
            counters.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        }
    }

    long countOf(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }

    List<Line> lines() {
        List<Line> out = new ArrayList<>();
        new TreeMap<>(series).forEach((name, s) -> out.add(line(name, s.sorted(), s.errors.get())));
        return out;
    }

    Line total() {
        long[] all = series.values().stream().flatMapToLong(s -> Arrays.stream(s.sorted())).sorted().toArray();
        long errors = series.values().stream().mapToLong(s -> s.errors.get()).sum();
        return line("ALL", all, errors);
    }

    long errors() {
        return series.values().stream().mapToLong(s -> s.errors.get()).sum();
    }

    long count(String name, boolean errorsOnly) {
        Series s = series.get(name);
        if (s == null) {
            return 0;
        }
        return errorsOnly ? s.errors.get() : s.sorted().length - s.errors.get();
    }

    private static Line line(String name, long[] sorted, long errors) {
        return new Line(name, sorted.length, errors, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1000.0;
    }

    /** The table for the console and the Markdown file, then the errors. */
    String table(List<String> header) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append(h).append('\n'));
        sb.append('\n');
        sb.append("| interaction | count | errors | median ms | p95 ms | p99 ms | max ms |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Line l : lines()) {
            sb.append(row(l));
        }
        sb.append(row(total()));
        if (!counters.isEmpty()) {
            sb.append('\n');
            new TreeMap<>(counters).forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v.get()).append('\n'));
        }
        if (warmUpErrors.get() > 0) {
            sb.append("\nErrors during ramp-up (not in the table): ").append(warmUpErrors.get()).append('\n');
            synchronized (warmUpMessages) {
                warmUpMessages.forEach(m -> sb.append("- ").append(m).append('\n'));
            }
        }
        boolean any = false;
        for (Map.Entry<String, Series> e : new TreeMap<>(series).entrySet()) {
            List<String> kept = e.getValue().errorsKept();
            if (!kept.isEmpty()) {
                if (!any) {
                    sb.append("\nFirst errors per interaction:\n");
                    any = true;
                }
                kept.forEach(m -> sb.append("- ").append(e.getKey()).append(": ").append(m).append('\n'));
            }
        }
        return sb.toString();
    }

    private static String row(Line l) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", l.name(), l.count(),
                l.errors(), l.median(), l.p95(), l.p99(), l.max());
    }

    String csv() {
        StringBuilder sb = new StringBuilder("interaction,count,errors,median_ms,p95_ms,p99_ms,max_ms\n");
        List<Line> all = new ArrayList<>(lines());
        all.add(total());
        for (Line l : all) {
            sb.append(String.format(Locale.ROOT, "%s,%d,%d,%.1f,%.1f,%.1f,%.1f%n", l.name(), l.count(), l.errors(),
                    l.median(), l.p95(), l.p99(), l.max()));
        }
        return sb.toString();
    }

    /** Writes {@code <name>.md} and {@code <name>.csv} under the directory and returns the Markdown path. */
    Path write(Path dir, String name, List<String> header) {
        try {
            Files.createDirectories(dir);
            Path md = dir.resolve(name + ".md");
            Files.writeString(md, table(header));
            Files.writeString(dir.resolve(name + ".csv"), csv());
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
