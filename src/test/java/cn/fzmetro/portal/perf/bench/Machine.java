package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the figures were measured on, printed with them (Linux /proc). */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores; memory "
                + memoryGb() + " GB; JDK " + System.getProperty("java.vm.vendor") + " "
                + System.getProperty("java.runtime.version") + "; load average " + load();
    }

    /** The 1-minute load average: above the core count, other processes shared the CPU during the run. */
    static String load() {
        return read("/proc/loadavg").split(" ")[0];
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.split(":", 2)[1].trim())
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memoryGb() {
        String total = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst().orElse("");
        String kb = total.replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "?" : String.valueOf(Math.round(Long.parseLong(kb) / 1024.0 / 1024.0));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "?";
        }
    }
}
