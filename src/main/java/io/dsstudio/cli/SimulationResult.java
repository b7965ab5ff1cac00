package io.dsstudio.cli;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.CreatedPod;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.yaml.FileChange;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.SnapshotWriteBack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a simulation's final state into file changes: what it did to the input plus the pods it created. */
final class SimulationResult {
    private SimulationResult() {
    }

    /**
     * @param untouched DaemonSets the simulation did not see (rejected by validation); they stay in their files
     */
    static List<FileChange> changes(LoadedSnapshot loaded, SimulationState end, List<DaemonSet> untouched, List<String> inputs) {
        return changes(loaded, end, untouched, inputs, Map.of());
    }

    /** @param statuses the status each DaemonSet's last sync computed (see {@link io.dsstudio.simulation.StatusTrees}) */
    static List<FileChange> changes(LoadedSnapshot loaded, SimulationState end, List<DaemonSet> untouched, List<String> inputs,
                                    Map<io.dsstudio.domain.ObjectRef, Map<String, Object>> statuses) {
        Snapshot s = end.snapshot();
        List<DaemonSet> daemonSets = new ArrayList<>(s.daemonSets());
        daemonSets.addAll(untouched);
        java.util.Set<String> createdKeys = end.createdPods().keySet();
        Snapshot withoutCreated = new Snapshot(s.nodes(), daemonSets,
                s.pods().stream().filter(p -> !createdKeys.contains(p.meta().namespace() + "/" + p.meta().name())).toList(),
                s.revisions());
        // by namespace/name: the state's map has no stable order, and the written file should not change from run to run
        List<CreatedPod> newPods = end.createdPods().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        Path newPodsFile = SnapshotOutput.newObjectsFile(inputs);
        try {
            return new SnapshotWriteBack().changes(loaded, withoutCreated, newPods, newPodsFile, statuses);
        } catch (ManifestEditException e) {
            throw new IllegalStateException("the result cannot be written back safely: " + e.getMessage(), e);
        }
    }
}
