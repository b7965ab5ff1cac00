package io.dsstudio.bench;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a 5,000-node snapshot with 20 DaemonSets and their pods from a file, end to end: bytes from disk,
 * UTF-8 decoding, document splitting, YAML parsing with positions, and mapping to the domain snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ReadSnapshotBenchmark {
    static final int NODES = 5_000;

    private Path directory;
    private Path file;

    @Setup(Level.Trial)
    public void writeSnapshot() throws IOException, InputPathException {
        SyntheticSnapshot snapshot = new SyntheticSnapshot();
        String yaml = snapshot.yaml(NODES);
        directory = Files.createTempDirectory("dsstudio-bench");
        file = directory.resolve("snapshot.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        LoadedSnapshot check = new SnapshotLoader().load(List.of(file.toString()));
        if (!check.diagnostics().isEmpty() || check.snapshot().nodes().size() != NODES
                || check.snapshot().daemonSets().size() != snapshot.daemonSetCount()
                || check.snapshot().pods().size() != snapshot.podCount()) {
            throw new IllegalStateException("the synthetic snapshot does not read back: " + check.diagnostics());
        }
        System.out.printf("%nsnapshot: %,d bytes, %d nodes, %d DaemonSets, %,d pods%n", Files.size(file), NODES,
                snapshot.daemonSetCount(), snapshot.podCount());
    }

    @TearDown(Level.Trial)
    public void deleteSnapshot() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public LoadedSnapshot loadSnapshot() throws InputPathException {
        return new SnapshotLoader().load(List.of(file.toString()));
    }
}
