package cn.fzmetro.portal.perf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Samples of one measured quantity and their order statistics (nearest-rank percentiles). */
final class Stats {

    private final String name;
    private final String unit;
    private final List<Double> samples = new ArrayList<>();

    Stats(String name, String unit) {
        this.name = name;
        this.unit = unit;
    }

    void add(double value) {
        samples.add(value);
    }

    /** The latest sample, or NaN if there is none (for progress lines). */
    double last() {
        return samples.isEmpty() ? Double.NaN : samples.getLast();
    }

    int count() {
        return samples.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return percentile(100);
    }

    double min() {
        return sorted().getFirst();
    }

    private double percentile(int p) {
        List<Double> sorted = sorted();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private List<Double> sorted() {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no samples of " + name);
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted;
    }

    static String header() {
        return String.format(Locale.ROOT, "| %-52s | %4s | %10s | %10s | %10s | %10s |", "measure", "n", "median",
                "p95", "max", "min");
    }

    /** One Markdown table row, so the output can be pasted into docs/performance-bench.md. */
    String row() {
        if (samples.isEmpty()) {
            return String.format(Locale.ROOT, "| %-52s | %4d | %10s | %10s | %10s | %10s |", name, 0, "-", "-", "-", "-");
        }
        return String.format(Locale.ROOT, "| %-52s | %4d | %10s | %10s | %10s | %10s |", name, count(),
                format(median()), format(p95()), format(max()), format(min()));
    }

    private String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, unit);
    }
}
