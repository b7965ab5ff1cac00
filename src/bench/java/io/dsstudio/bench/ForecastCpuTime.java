package io.dsstudio.bench;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.yaml.SnapshotLoader;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The rollout forecast the app computes when the map is shown ({@code RolloutForecast.of} of the whole snapshot), timed
 * in thread CPU time for a shared machine. Usage after {@code mvn -Pbench package}: {@code java -Xms1536m -Xmx1536m -cp
 * target/test-classes:target/classes:<deps> io.dsstudio.bench.ForecastCpuTime /tmp/snap/lin-10000.yaml 3 [out.txt]};
 * the optional file receives the forecasts' text, to compare two builds' results with cmp.
 */
public final class ForecastCpuTime {
    private ForecastCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        Snapshot snapshot = new SnapshotLoader().load(List.of(args[0])).snapshot();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<RolloutForecast.DaemonSetForecast> result = null;
        for (int i = 1; i <= rounds; i++) {
            result = null;
            long gc = gcMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            long wall = System.nanoTime();
            result = RolloutForecast.of(snapshot, now, null);
            System.out.printf("round %d: forecast thread CPU %d ms, process CPU %d ms (GC and the planner's pool included), wall %d ms, GC %d ms; %d DaemonSets, %d waves%n", i,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (os.getProcessCpuTime() - process) / 1_000_000,
                    (System.nanoTime() - wall) / 1_000_000,
                    gcMillis() - gc, result.size(), result.stream().mapToInt(f -> f.waves().size()).sum());
        }
        if (args.length > 2 && result != null) {
            StringBuilder text = new StringBuilder();
            result.forEach(f -> text.append(f).append('\n'));
            Files.writeString(Path.of(args[2]), text);
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
