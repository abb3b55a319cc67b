package org.kidalkg.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, for the record: cores, memory, JVM, max heap. */
public final class Machine {
    private Machine() {}

    public static String describe() {
        return String.format("Machine: %d cores (nproc), %s total memory, %s, max heap %d MB; load average %s at the start.%n",
                Runtime.getRuntime().availableProcessors(), memTotal(), javaVersion(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    }

    /** The 1, 5 and 15-minute load averages, as {@code /proc/loadavg} gives them. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ").replace("MemTotal: ", "");
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String javaVersion() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                return "`" + r.readLine() + "`";
            }
        } catch (Exception e) {
            return "Java " + System.getProperty("java.version");
        }
    }
}
