package cn.fzmetro.portal.perf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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

    /**
     * CPU seconds used so far by this JVM and by the database server on this machine (a process
     * named mariadbd or mysqld; NaN when there is none): what a run costs, less sensitive than its
     * rate to other load on a shared machine.
     */
    record CpuTime(double jvmSeconds, double databaseSeconds) {

        /** Linux's USER_HZ, the unit of the times in /proc/[pid]/stat. */
        private static final double TICKS_PER_SECOND = 100;

        static CpuTime now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new CpuTime(os.getProcessCpuTime() / 1e9, databaseServerSeconds());
        }

        CpuTime since(CpuTime start) {
            return new CpuTime(jvmSeconds - start.jvmSeconds, databaseSeconds - start.databaseSeconds);
        }

        private static double databaseServerSeconds() {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .filter(p -> Set.of("mariadbd", "mysqld").contains(read(p.resolve("comm").toString()).strip()))
                        .findFirst().map(p -> {
                            // after the command name in parentheses: field 14 utime and 15 stime, counted from 1
                            String[] f = read(p.resolve("stat").toString()).replaceFirst("^.*\\) ", "").split(" ");
                            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                        }).orElse(Double.NaN);
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
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
