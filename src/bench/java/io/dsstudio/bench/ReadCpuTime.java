package io.dsstudio.bench;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The workload of {@link ReadSnapshotBenchmark} timed both in wall time and in CPU time of the whole process
 * (the reader runs on several threads), for a machine shared with other work. Usage after
 * {@code mvn -Pbench verify}: {@code java -Xmx4g -cp target/test-classes:target/classes:<deps>
 * io.dsstudio.bench.ReadCpuTime 10}.
 */
public final class ReadCpuTime {
    private ReadCpuTime() {
    }

    public static void main(String[] args) throws IOException, InputPathException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        SyntheticSnapshot synthetic = new SyntheticSnapshot();
        Path file = Files.createTempFile("dsstudio-read", ".yaml");
        try {
            Files.writeString(file, synthetic.yaml(ReadSnapshotBenchmark.NODES), StandardCharsets.UTF_8);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double[] wall = new double[rounds];
            double[] cpu = new double[rounds];
            int pods = 0;
            for (int i = 0; i < rounds + 3; i++) {
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));
                long elapsed = System.nanoTime() - start;
                long used = os.getProcessCpuTime() - cpuStart;
                pods = loaded.snapshot().pods().size();
                if (i >= 3) { // the first rounds warm up
                    wall[i - 3] = elapsed / 1e6;
                    cpu[i - 3] = used / 1e6;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("file %,d bytes, %,d pods, %d processors%n", Files.size(file), pods,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("read wall ms: min %.0f, median %.0f | process CPU ms: min %.0f, median %.0f%n",
                    wall[0], wall[rounds / 2], cpu[0], cpu[rounds / 2]);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
