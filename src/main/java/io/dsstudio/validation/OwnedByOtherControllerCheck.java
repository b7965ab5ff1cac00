package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code OwnedByOtherController}: a pod matching the selector is controlled by someone else (controller UID ≠ the
 * DaemonSet's UID, semantics.md §2.1). The controller ignores it, so it runs a second pod on that node.
 * A DaemonSet without a UID (a manifest, not a dump) is taken to own pods controlled by a DaemonSet of its name.
 */
final class OwnedByOtherControllerCheck implements SnapshotCheck {
    static final String CODE = "OwnedByOtherController";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            LabelSelector selector = Warnings.usableSelector(ds);
            if (selector == null) {
                continue;
            }
            for (Pod pod : snapshot.pods()) {
                Optional<OwnerReference> owner = pod.meta().controllerRef();
                if (owner.isEmpty() || !Objects.equals(pod.meta().namespace(), ds.meta().namespace())
                        || isOwn(ds, owner.get()) || !selector.matches(pod.meta().labels())) {
                    continue;
                }
                OwnerReference o = owner.get();
                String node = pod.targetNodeName();
                out.add(Warnings.on(ds, CODE, "spec.selector", "pod " + pod.meta().namespace() + "/" + pod.name()
                        + " matches the selector but is controlled by " + o.kind() + "/" + o.name()
                        + (o.uid() == null ? "" : " (uid " + o.uid() + ")") + ": the DaemonSet ignores it, so a second pod will run on "
                        + (node == null ? "its node" : "node " + node)));
            }
        }
        return out;
    }

    private static boolean isOwn(DaemonSet ds, OwnerReference owner) {
        String uid = ds.meta().uid();
        if (uid != null && !uid.isEmpty()) {
            return uid.equals(owner.uid());
        }
        return DaemonSet.KIND.equals(owner.kind()) && Objects.equals(owner.name(), ds.meta().name());
    }
}
