package io.dsstudio.ui.cluster;

import io.dsstudio.domain.DaemonSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The DaemonSet changes pending for a live cluster, as the difference of two snapshots, and their conflicts. */
class PendingSpecEditsTest {
    @Test
    void pendingEditsBetweenTwoStatesNameEachChangedCreatedAndDeletedDaemonSet() {
        var base = new io.dsstudio.yaml.SnapshotLoader().loadText("generated.yaml", new io.dsstudio.simulation.ClusterGenerator()
                .generate(new io.dsstudio.simulation.GeneratorOptions(5, 3, 7L, io.dsstudio.simulation.GeneratorOptions.DEFAULT_TIME)))
                .snapshot();
        DaemonSet first = base.daemonSets().get(0);
        DaemonSet second = base.daemonSets().get(1);
        var edited = new io.dsstudio.domain.Snapshot(base.nodes(),
                java.util.List.of(first.withMinReadySeconds(5), base.daemonSets().get(2)), base.pods(), base.revisions());

        PendingSpecEdits pending = PendingSpecEdits.between(base, edited);

        assertThat(pending.edits()).extracting(PendingSpecEdits.Edit::ref).containsExactly(first.ref(), second.ref());
        assertThat(pending.edits().get(1).edited()).as("deleted").isNull();
        assertThat(pending.conflictsWith(base)).isEmpty();
        assertThat(pending.conflictsWith(edited)).extracting(c -> c.edit().ref()).containsExactly(first.ref(), second.ref());
    }
}
