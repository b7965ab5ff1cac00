package io.dsstudio.bench;

import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Reads one snapshot file several times in one JVM, as the app opens it ({@link SnapshotLoader} with the installed
 * object checks), and prints each round's wall time, the process's CPU time and the collector's time: the first
 * round is the cold read of a File ▸ Open at start, the later ones show what the reading costs once compiled.
 * {@code java -Xmx… -cp target/test-classes:target/classes:$(cat target/cp.txt) io.dsstudio.bench.ReadFileCpuTime FILE 4}
 */
public final class ReadFileCpuTime {
    private ReadFileCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // -Dbench.checks=none reads without the object checks (schema and API-server rules), to see what they cost
        SnapshotLoader loader = "none".equals(System.getProperty("bench.checks"))
                ? new SnapshotLoader(new io.dsstudio.yaml.ManifestReader(), io.dsstudio.yaml.ObjectCheck.NONE) : new SnapshotLoader();
        LoadedSnapshot loaded = null;
        for (int i = 1; i <= rounds; i++) {
            loaded = null; // the previous round's snapshot is garbage while this one is read, as when the app opens anew
            long cpuStart = os.getProcessCpuTime();
            long gcStart = gcMillis();
            long start = System.nanoTime();
            loaded = loader.load(List.of(file));
            System.out.printf("round %d: wall %d ms, process CPU %d ms, GC %d ms; %,d nodes, %,d pods, %d diagnostics%n", i,
                    (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpuStart) / 1_000_000,
                    gcMillis() - gcStart, loaded.snapshot().nodes().size(), loaded.snapshot().pods().size(),
                    loaded.diagnostics().size());
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
