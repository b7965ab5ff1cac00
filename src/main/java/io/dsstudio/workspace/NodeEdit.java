package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A staged change to some nodes (labels, taints, cordon). Pure: applying it to a snapshot gives the edited
 * snapshot; the workspace wraps it in an {@link EditCommand} so it can be undone.
 */
public sealed interface NodeEdit permits LabelEdit, TaintEdit, CordonEdit, ManifestOverlayEdit {
    /** The names of the nodes the edit touches. */
    Set<String> nodes();

    ClusterNode applyTo(ClusterNode node);

    /** The key of the sentence that describes the edit in the UI bundle, filled with {@link #descriptionArgs()}. */
    String descriptionKey();

    List<Object> descriptionArgs();

    default Snapshot applyTo(Snapshot snapshot) {
        List<ClusterNode> nodes = new ArrayList<>(snapshot.nodes().size());
        for (ClusterNode node : snapshot.nodes()) {
            nodes.add(nodes().contains(node.name()) ? applyTo(node) : node);
        }
        return new Snapshot(nodes, snapshot.daemonSets(), snapshot.pods(), snapshot.revisions());
    }
}
