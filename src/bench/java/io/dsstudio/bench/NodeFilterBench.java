package io.dsstudio.bench;

import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.ui.nodes.NodesViewModel;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Filtering the Nodes view's 5,000 rows with a label selector and with plain text (no FX toolkit needed). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NodeFilterBench {
    @Param({"5000"})
    int nodes;

    private NodesViewModel model;
    private boolean toggle;

    @Setup
    public void open() throws java.io.IOException {
        Planner planner = new Planner();
        Clock clock = Clock.systemUTC();
        PlanningService planning = s -> planner.plan(s, clock.instant());
        StudioState state = new StudioState(new Workspace(), planning, new WhatIfCalculator(planning, new ControllerSync(planner), clock),
                TaskRunner.sameThread(), new EditJournal(java.nio.file.Files.createTempDirectory("bench")));
        state.open(SyntheticCluster.nodes(nodes, 7), SnapshotSource.DEMO);
        model = new NodesViewModel(state, clock);
    }

    @Benchmark
    public int filterBySelector() {
        toggle = !toggle;
        model.filterTextProperty().set(toggle ? "topology.kubernetes.io/zone=zone-a,pool in (gpu,arm64),!spot" : "pool!=general");
        return model.rows().size();
    }

    @Benchmark
    public int filterByText() {
        toggle = !toggle;
        model.filterTextProperty().set(toggle ? "node-42" : "zone-b");
        return model.rows().size();
    }
}
