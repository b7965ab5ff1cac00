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
 * Lives for one plan over one {@link NodeIndex}; the arrays it returns must not be changed. The
 * {@link VerdictList}s are immutable, so DaemonSet plans may share one.
 */
final class SharedPlacements {
    private final NodeIndex nodes;
    private final Map<Key, Placement> byKey = new HashMap<>();

    /** The verdicts of one placement, per node position, and as the list a {@link DaemonSetPlan} keeps. */
    record Placement(NodeFit.Fit[] fits, VerdictList verdicts) {
    }

    /** What {@link NodeFit} reads of a template. */
    private record Key(String nodeName, Map<String, String> nodeSelector, NodeAffinity affinity,
                       List<Toleration> tolerations, boolean hostNetwork) {
    }

    SharedPlacements(NodeIndex nodes) {
        this.nodes = nodes;
    }

    /** {@code PlacementVerdicts.fits(NodeFit.forDaemonSet(ds), nodes)} and its {@link VerdictList}. */
    Placement of(DaemonSet ds) {
        PodSpec spec = ds.template().spec();
        Key key = new Key(spec.nodeName(), spec.nodeSelector(), spec.affinity(), spec.tolerations(), spec.hostNetwork());
        Placement placement = byKey.get(key);
        if (placement == null) {
            NodeFit.Fit[] fits = PlacementVerdicts.fits(NodeFit.forDaemonSet(ds), nodes);
            placement = new Placement(fits, VerdictList.ofFits(fits, nodes.names()));
            byKey.put(key, placement);
        }
        return placement;
    }
}
