package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Toleration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name-free verdicts of one plan's DaemonSets, shared between DaemonSets whose templates place pods
 * alike: {@link NodeFit} reads only the template's nodeName, nodeSelector, required affinity, tolerations and
 * hostNetwork, so DaemonSets equal in those get equal verdicts on every node (add-ons of one kind often are).
 * Lives for one plan over one {@link NodeIndex}; the arrays it returns must not be changed.
 */
final class SharedPlacements {
    private final NodeIndex nodes;
    private final Map<Key, NodeFit.Fit[]> byKey = new HashMap<>();

    /** What {@link NodeFit} reads of a template. */
    private record Key(String nodeName, Map<String, String> nodeSelector, NodeAffinity affinity,
                       List<Toleration> tolerations, boolean hostNetwork) {
    }

    SharedPlacements(NodeIndex nodes) {
        this.nodes = nodes;
    }

    /** {@code PlacementVerdicts.fits(NodeFit.forDaemonSet(ds), nodes)}. */
    NodeFit.Fit[] fits(DaemonSet ds) {
        PodSpec spec = ds.template().spec();
        Key key = new Key(spec.nodeName(), spec.nodeSelector(), spec.affinity(), spec.tolerations(), spec.hostNetwork());
        NodeFit.Fit[] fits = byKey.get(key);
        if (fits == null) {
            fits = PlacementVerdicts.fits(NodeFit.forDaemonSet(ds), nodes);
            byKey.put(key, fits);
        }
        return fits;
    }
}
