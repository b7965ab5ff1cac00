package io.dsstudio.bench;

import io.dsstudio.ui.nodemap.NodeMapLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Laying out and hit-testing 5,000 tiles (what every resize, zoom and mouse move of the map costs). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NodeMapLayoutBench {
    private final Map<String, String> groups = new LinkedHashMap<>();
    private NodeMapLayout layout;

    @Setup
    public void build() {
        for (int i = 0; i < 5000; i++) {
            groups.put("node-" + i, "zone-" + (i % 3));
        }
        layout = NodeMapLayout.compute(groups, 1400);
    }

    @Benchmark
    public NodeMapLayout layout5000() {
        return NodeMapLayout.compute(groups, 1400);
    }

    @Benchmark
    public String hitTest() {
        return layout.hitTest(400.5, 1200.5);
    }
}
