package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code WillAdoptOrphan}: a pod without a controller ownerReference in the DaemonSet's namespace matches its
 * selector, so the controller adopts it and treats it as its own (semantics.md §2.2). The selector is compared
 * with each label map of the namespace's orphans once, not with every pod.
 */
final class WillAdoptOrphanCheck implements SnapshotCheck {
    static final String CODE = "WillAdoptOrphan";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        return check(new SnapshotIndex(snapshot, new VisitCounter()));
    }

    @Override
    public List<Finding> check(SnapshotIndex index) {
        List<Finding> out = new ArrayList<>();
        List<Pod> pods = index.snapshot().pods();
        for (DaemonSet ds : index.snapshot().daemonSets()) {
            LabelSelector selector = Warnings.usableSelector(ds);
            if (selector == null || ds.meta().isBeingDeleted()) {
                continue;
            }
            List<PodGroups.LabelGroup> groups = index.pods().orphansIn(ds.meta().namespace());
            index.visits().add(groups.size());
            PodPositions matched = new PodPositions();
            for (PodGroups.LabelGroup group : groups) {
                if (!selector.matches(group.labels())) {
                    continue;
                }
                for (PodGroups.Members members : group.members()) {
                    index.visits().add(members.size());
                    for (int i = 0; i < members.size(); i++) {
                        if (!members.pod(i).isBeingDeleted()) {
                            matched.add(members.position(i));
                        }
                    }
                }
            }
            for (int position : matched.sorted()) {
                Pod pod = pods.get(position);
                String node = pod.targetNodeName();
                String podName = pod.meta().namespace() + "/" + pod.name();
                out.add(Warnings.on(ds, CODE, "spec.selector", "orphan pod " + podName
                        + (node == null ? "" : " on node " + node) + " has no controller and matches the selector "
                        + GoValues.quote(selector.toString()) + ": the DaemonSet will adopt it and count it as its own",
                        node == null ? "diag.WillAdoptOrphan.noNode" : "diag.WillAdoptOrphan", podName,
                        GoValues.quote(selector.toString()), node == null ? "" : node));
            }
        }
        return out;
    }
}
