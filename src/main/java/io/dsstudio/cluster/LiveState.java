package io.dsstudio.cluster;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ReadResult;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read from the cluster: the API objects as listed (managedFields and bulky pod fields dropped), and
 * the same state as our domain {@link Snapshot}.
 *
 * @param diagnostics problems met while mapping live objects (they name the object, not a file)
 */
public record LiveState(List<Node> nodes, List<DaemonSet> daemonSets, List<ControllerRevision> revisions,
                        List<Pod> pods, Snapshot snapshot, List<Diagnostic> diagnostics) {
    public LiveState {
        nodes = List.copyOf(nodes);
        daemonSets = List.copyOf(daemonSets);
        revisions = List.copyOf(revisions);
        pods = List.copyOf(pods);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The live state as the offline tools take it: no source files, so no positions. */
    public LoadedSnapshot toLoaded() {
        return new LoadedSnapshot(snapshot, new ReadResult(List.of(), List.of(), List.of()), Map.of(), diagnostics, List.of());
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> name.equals(n.getMetadata().getName())).findFirst();
    }

    public Optional<DaemonSet> daemonSet(String namespace, String name) {
        return daemonSets.stream().filter(d -> namespace.equals(d.getMetadata().getNamespace())
                && name.equals(d.getMetadata().getName())).findFirst();
    }
}
