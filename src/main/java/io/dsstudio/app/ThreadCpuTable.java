package io.dsstudio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code --smoke} with {@code -Ddsstudio.smoke.threads=true}: the CPU time of every thread of the process so far, the
 * JVM's own (JIT compilers, GC) included, summed by name (numbers dropped, so "C2 CompilerThread0" and "…1" add up).
 * Linux only ({@code /proc/self/task}); elsewhere empty.
 */
final class ThreadCpuTable {
    static final String PROPERTY = "dsstudio.smoke.threads";
    /** utime is field 14 of /proc/PID/task/TID/stat, stime 15; counted from the state field (3) after the name. */
    private static final int USER_TIME_AFTER_NAME = 14 - 3;

    private ThreadCpuTable() {
    }

    /** Milliseconds of CPU per thread name, largest first, as lines "  name: N ms"; threads that used none left out. */
    static List<String> lines() {
        Map<String, Long> byName = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return List.of();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    String stat = Files.readString(thread.resolve("stat"), StandardCharsets.UTF_8);
                    long millis = cpuMillis(stat).orElse(0);
                    if (millis > 0) {
                        byName.merge(name(stat), millis, Long::sum);
                    }
                } catch (IOException ended) {
                    // the thread ended while the table was read
                }
            }
        } catch (IOException unreadable) {
            return List.of();
        }
        return byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> "  " + e.getKey() + ": " + e.getValue() + " ms").toList();
    }

    /** The thread's name without its digits ("C2 CompilerThread1" → "C2 CompilerThread"). */
    static String name(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        return open < 0 || close < open ? "?" : stat.substring(open + 1, close).replaceAll("[#-]?\\d+$", "").strip();
    }

    /** User + system time of a /proc/…/stat line, in milliseconds. */
    static java.util.OptionalLong cpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        if (fields.length <= USER_TIME_AFTER_NAME + 1) {
            return java.util.OptionalLong.empty();
        }
        try {
            long ticks = Long.parseLong(fields[USER_TIME_AFTER_NAME]) + Long.parseLong(fields[USER_TIME_AFTER_NAME + 1]);
            return java.util.OptionalLong.of(ticks * 1000 / ProcessAge.TICKS_PER_SECOND);
        } catch (NumberFormatException notANumber) {
            return java.util.OptionalLong.empty();
        }
    }
}
