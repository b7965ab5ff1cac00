package io.dsstudio.app;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessAgeTest {
    /** A /proc/PID/stat line with the start time (field 22) given, after a name that may hold spaces and ")". */
    private static String stat(String name, long startTicks) {
        return "4242 (" + name + ") S 1 4242 4242 0 -1 4194560 2000 0 0 0 150 30 0 0 20 0 30 0 " + startTicks
                + " 4000000000 60000 18446744073709551615 1 1 0 0 0 0 0 4096 17154 0 0 0 17 1 0 0 0 0 0\n";
    }

    @ParameterizedTest(name = "started at {1} ticks, uptime {2} s: {3} ms")
    @CsvSource(delimiter = '|', value = {
            "java             | 3658798 | 36588.00 20880.05 | 20",
            "java             | 3658798 | 36589.53 20880.05 | 1550",
            "daemonset-studio | 100     | 1.00 0.50         | 0",
            "Web Content (1)  | 5       | 12.34 1.00        | 12290",
            "a ) b            | 7000    | 71.2 1            | 1200",
    })
    void theAgeIsTheUptimeLessTheStartTimeInHundredths(String name, long startTicks, String uptime, long millis) {
        assertThat(ProcessAge.millis(stat(name, startTicks), uptime)).hasValue(millis);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "4242 (java) S 1 2 3          | 10.00 1.00",
            "4242 java S 1                | 10.00 1.00",
            "not proc at all              | 10.00 1.00",
    })
    void aStatLineWithoutTheStartTimeGivesNothing(String stat, String uptime) {
        assertThat(ProcessAge.millis(stat, uptime)).isEmpty();
    }

    @Test
    void anUnreadableUptimeOrAStartAfterItGivesNothing() {
        assertThat(ProcessAge.millis(stat("java", 100), "soon 1.00")).isEmpty();
        assertThat(ProcessAge.millis(stat("java", 100), "")).isEmpty();
        assertThat(ProcessAge.millis(stat("java", 5000), "10.00 1.00")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisProcessHasRunForLessThanTheMachine() throws Exception {
        long age = ProcessAge.millis();
        String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
        assertThat(age).isPositive().isLessThanOrEqualTo(Math.round(Double.parseDouble(uptime.split(" ")[0]) * 1000));
    }
}
