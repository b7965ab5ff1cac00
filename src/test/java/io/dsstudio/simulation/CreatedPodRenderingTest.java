package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.yaml.ManifestRenderer;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Created pods are written from their revision's text, rendered once with holes: the text must be the one the
 * renderer gives for the pod's whole tree, for Pending and started pods, either line ending, and templates whose
 * values would clash with the holes; and a rollout renders each revision's text once, not each pod's tree.
 */
class CreatedPodRenderingTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private static Snapshot generated(long seed) {
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(40, 8, seed, GeneratorOptions.DEFAULT_TIME));
        return new SnapshotLoader().loadText("generated.yaml", yaml).snapshot();
    }

    /** Every tenth pod's node gets a name that must be quoted, and one DaemonSet's image holds a hole's marker. */
    private static Snapshot awkward(Snapshot s) {
        List<DaemonSet> daemonSets = new ArrayList<>(s.daemonSets());
        DaemonSet first = daemonSets.get(0);
        daemonSets.set(0, TemplateChange.apply(first, TemplateChange.withImage(first.template(), "x-dsstudio-hole-name-0")));
        return new Snapshot(s.nodes(), daemonSets, s.pods(), s.revisions());
    }

    private static List<CreatedPod> createdDuringRollout(Snapshot snapshot, int syncs) {
        Simulator simulator = new Simulator(new Planner());
        SyncResult last = simulator.runKeepingLast(SimulationSetup.start(snapshot, START), syncs, r -> { });
        return new ArrayList<>(last.after().createdPods().values());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aPodWrittenFromItsRevisionsTextIsTheRenderingOfItsTree(int syncs) {
        for (Snapshot snapshot : List.of(generated(syncs), awkward(generated(syncs + 10)))) {
            List<CreatedPod> pods = createdDuringRollout(snapshot, syncs);
            assertThat(pods).isNotEmpty();
            for (String newline : List.of("\n", "\r\n")) {
                for (CreatedPod pod : pods) {
                    StringBuilder out = new StringBuilder();
                    pod.appendYaml(newline, out);
                    assertThat(out.toString()).as(pod.key()).isEqualTo(new ManifestRenderer(newline).render(pod.tree()));
                }
            }
        }
    }

    /** Every DaemonSet gets a new image: each rolls all its pods. */
    private static Snapshot allChanged(Snapshot s) {
        List<DaemonSet> daemonSets = new ArrayList<>();
        for (DaemonSet ds : s.daemonSets()) {
            daemonSets.add(TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "registry.example/" + ds.meta().name() + ":2")));
        }
        return new Snapshot(s.nodes(), daemonSets, s.pods(), s.revisions());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void writingARolloutsPodsRendersEachRevisionOncePerPhaseAndLineEnding(long seed) {
        List<CreatedPod> pods = createdDuringRollout(allChanged(generated(seed)), Simulator.MAX_SYNCS);
        StringBuilder out = new StringBuilder();
        for (CreatedPod pod : pods) {
            pod.appendYaml("\n", out);
        }
        Set<DaemonPodTemplate> revisions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        pods.forEach(p -> revisions.add(p.template()));
        int rendered = revisions.stream().mapToInt(DaemonPodTemplate::documentsRendered).sum();
        // Pending and started pods: at most two texts per revision, however many pods it has
        assertThat(pods.size()).isGreaterThan(3 * revisions.size());
        assertThat(rendered).isLessThanOrEqualTo(2 * revisions.size());
    }
}
