package io.dsstudio.bench;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.ManifestReader;
import io.dsstudio.yaml.ObjectCheck;
import io.dsstudio.yaml.SnapshotLoader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the schema and API-server checks add to reading: the {@link ReadSnapshotBenchmark} file read with the installed
 * object checks and without them, alternately in one JVM so both see the same machine load, timed as process CPU (the
 * reader runs on several threads) and wall time. Usage after {@code mvn -Pbench test-compile}:
 * {@code java -Xmx4g -cp target/test-classes:target/classes:<deps> io.dsstudio.bench.SchemaCheckCpuTime 6 [FILE]}; with
 * a FILE (such as the output of {@code generate --nodes 5000 --daemonsets 100 --seed 7}) that file is read instead.
 */
public final class SchemaCheckCpuTime {
    private SchemaCheckCpuTime() {
    }

    public static void main(String[] args) throws IOException, InputPathException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        boolean given = args.length > 1;
        Path file = given ? Path.of(args[1]) : Files.createTempFile("dsstudio-schema", ".yaml");
        try {
            if (!given) {
                Files.writeString(file, new SyntheticSnapshot().yaml(ReadSnapshotBenchmark.NODES), StandardCharsets.UTF_8);
            }
            SnapshotLoader checked = new SnapshotLoader(new ManifestReader(), ObjectCheck.installed());
            SnapshotLoader unchecked = new SnapshotLoader(new ManifestReader(), ObjectCheck.NONE);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double[][] cpu = new double[2][rounds];
            double[][] wall = new double[2][rounds];
            for (int i = -2; i < rounds; i++) { // two warm-up rounds
                for (int variant = 0; variant < 2; variant++) {
                    SnapshotLoader loader = variant == 0 ? unchecked : checked;
                    long cpuStart = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    int diagnostics = loader.load(List.of(file.toString())).diagnostics().size();
                    if (diagnostics != 0) {
                        throw new IllegalStateException("the benchmark file should read without a diagnostic: " + diagnostics);
                    }
                    if (i >= 0) {
                        wall[variant][i] = (System.nanoTime() - start) / 1e6;
                        cpu[variant][i] = (os.getProcessCpuTime() - cpuStart) / 1e6;
                    }
                }
            }
            System.out.printf("file %,d bytes, %d processors, %d rounds each%n", Files.size(file),
                    Runtime.getRuntime().availableProcessors(), rounds);
            for (int variant = 0; variant < 2; variant++) {
                Arrays.sort(cpu[variant]);
                Arrays.sort(wall[variant]);
                System.out.printf("%-16s process CPU ms: min %.0f, median %.0f | wall ms: min %.0f, median %.0f%n",
                        variant == 0 ? "without checks" : "with checks", cpu[variant][0], cpu[variant][rounds / 2],
                        wall[variant][0], wall[variant][rounds / 2]);
            }
        } finally {
            if (!given) {
                Files.deleteIfExists(file);
            }
        }
    }
}
