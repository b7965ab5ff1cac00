package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code WillAdoptOrphan}: a pod without a controller ownerReference in the DaemonSet's namespace matches its
 * selector, so the controller adopts it and treats it as its own (semantics.md §2.2).
 */
final class WillAdoptOrphanCheck implements SnapshotCheck {
    static final String CODE = "WillAdoptOrphan";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            LabelSelector selector = Warnings.usableSelector(ds);
            if (selector == null || ds.meta().isBeingDeleted()) {
                continue;
            }
            for (Pod pod : snapshot.pods()) {
                if (Objects.equals(pod.meta().namespace(), ds.meta().namespace()) && pod.meta().controllerRef().isEmpty()
                        && !pod.meta().isBeingDeleted() && selector.matches(pod.meta().labels())) {
                    String node = pod.targetNodeName();
                    out.add(Warnings.on(ds, CODE, "spec.selector", "orphan pod " + pod.meta().namespace() + "/" + pod.name()
                            + (node == null ? "" : " on node " + node) + " has no controller and matches the selector "
                            + GoValues.quote(selector.toString()) + ": the DaemonSet will adopt it and count it as its own"));
                }
            }
        }
        return out;
    }
}
