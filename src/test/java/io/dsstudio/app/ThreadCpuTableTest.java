package io.dsstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadCpuTableTest {
    /** A /proc/PID/task/TID/stat line with the given name, user (field 14) and system (15) ticks. */
    private static String stat(String name, long user, long system) {
        return "4243 (" + name + ") S 1 4242 4242 0 -1 4194368 500 0 0 0 " + user + " " + system
                + " 0 0 20 0 30 0 3658798 4000000000 60000 18446744073709551615 1 1 0 0 0 0 0 4096 17154 0 0 0 -1 1 0 0 0 0 0\n";
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
            "C2 CompilerThre   | C2 CompilerThre",
            "C1 CompilerThre   | C1 CompilerThre",
            "GC Thread#1       | GC Thread",
            "G1 Conc#0         | G1 Conc",
            "JavaFX Applicat   | JavaFX Applicat",
            "QuantumRenderer-0 | QuantumRenderer",
            "dsstudio-task     | dsstudio-task",
            "a (b) c           | a (b) c",
    })
    void threadsOfOneKindShareANameWithoutTheirNumber(String name, String shared) {
        assertThat(ThreadCpuTable.name(stat(name, 1, 1))).isEqualTo(shared);
    }

    @ParameterizedTest(name = "{0} + {1} ticks: {2} ms")
    @CsvSource({"0, 0, 0", "12, 3, 150", "100, 0, 1000", "4321, 79, 44000"})
    void cpuIsUserAndSystemTicksInMilliseconds(long user, long system, long millis) {
        assertThat(ThreadCpuTable.cpuMillis(stat("JavaFX Applicat", user, system))).hasValue(millis);
    }

    @Test
    void aShortLineGivesNoTime() {
        assertThat(ThreadCpuTable.cpuMillis("4243 (java) S 1 2 3")).isEmpty();
        assertThat(ThreadCpuTable.cpuMillis("4243 (java) S 1 2 3 4 5 6 7 8 9 10 x y 0")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisProcessListsEachKindOfThreadOnceLargestFirst() {
        var lines = ThreadCpuTable.lines();
        assertThat(lines).isNotEmpty().allMatch(line -> line.matches("  .+: \\d+ ms"));
        var names = lines.stream().map(line -> line.substring(0, line.lastIndexOf(':'))).toList();
        assertThat(names).doesNotHaveDuplicates();
        var millis = lines.stream().map(line -> Long.parseLong(line.replaceAll(".*: (\\d+) ms", "$1"))).toList();
        assertThat(millis).isSortedAccordingTo(java.util.Comparator.reverseOrder()).allMatch(ms -> ms > 0);
    }
}
