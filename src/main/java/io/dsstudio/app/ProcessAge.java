package io.dsstudio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, for {@code --smoke}'s report. On Linux from {@code /proc/self/stat}'s start
 * time and {@code /proc/uptime}, both counted from boot on the same clock in hundredths of a second. Elsewhere from
 * {@link ProcessHandle.Info#startInstant()}, which on Linux adds the boot time in whole seconds and so can be off by
 * up to a second.
 */
final class ProcessAge {
    /** USER_HZ, the unit of /proc's times: 100 on every Linux architecture the JDK runs on. */
    static final int TICKS_PER_SECOND = 100;
    /** starttime is field 22 of /proc/PID/stat; counted from the state field (3), which follows the ")" of the name. */
    private static final int START_TIME_AFTER_NAME = 22 - 3;

    private ProcessAge() {
    }

    /** Milliseconds since this process started. */
    static long millis() {
        OptionalLong fromProc = fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        if (fromProc.isPresent()) {
            return fromProc.getAsLong();
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static OptionalLong fromProc(Path stat, Path uptime) {
        if (!Files.isReadable(stat) || !Files.isReadable(uptime)) {
            return OptionalLong.empty();
        }
        try {
            return millis(Files.readString(stat, StandardCharsets.US_ASCII), Files.readString(uptime, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /**
     * @param stat   the text of /proc/PID/stat (the name in parentheses may hold spaces and parentheses)
     * @param uptime the text of /proc/uptime: seconds since boot, then idle seconds
     * @return the uptime less the process's start time, in milliseconds; empty when either text is not as expected
     */
    static OptionalLong millis(String stat, String uptime) {
        int nameEnd = stat.lastIndexOf(')');
        String[] fields = stat.substring(nameEnd + 1).trim().split("\\s+");
        String[] up = uptime.trim().split("\\s+");
        if (nameEnd < 0 || fields.length <= START_TIME_AFTER_NAME || up.length == 0) {
            return OptionalLong.empty();
        }
        try {
            long startTicks = Long.parseLong(fields[START_TIME_AFTER_NAME]);
            long uptimeMillis = Math.round(Double.parseDouble(up[0]) * 1000);
            long startMillis = startTicks * 1000 / TICKS_PER_SECOND;
            return uptimeMillis >= startMillis ? OptionalLong.of(uptimeMillis - startMillis) : OptionalLong.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
