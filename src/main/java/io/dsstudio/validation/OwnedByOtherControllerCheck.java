package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code OwnedByOtherController}: a pod matching the selector is controlled by someone else (controller UID ≠ the
 * DaemonSet's UID, semantics.md §2.1). The controller ignores it, so it runs a second pod on that node — if it
 * runs there at all: a pod on a node of the snapshot where the DaemonSet's own verdict is shouldRun=false
 * raises no warning. A DaemonSet without a UID (a manifest, not a dump) is taken to own pods controlled by a
 * DaemonSet of its name. The selector is compared with each label map of the namespace once, not with every pod.
 */
final class OwnedByOtherControllerCheck implements SnapshotCheck {
    static final String CODE = "OwnedByOtherController";

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
            if (selector == null) {
                continue;
            }
            List<PodGroups.LabelGroup> groups = index.pods().controlledIn(ds.meta().namespace());
            index.visits().add(groups.size());
            PodPositions matched = new PodPositions();
            for (PodGroups.LabelGroup group : groups) {
                if (!selector.matches(group.labels())) {
                    continue;
                }
                for (PodGroups.Members members : group.members()) {
                    index.visits().add(1);
                    if (!isOwn(ds, members.controller())) {
                        addWhereItRuns(index, ds, members, matched);
                    }
                }
            }
            for (int position : matched.sorted()) {
                out.add(warning(ds, pods.get(position)));
            }
        }
        return out;
    }

    /** The pods whose node the DaemonSet runs on, or whose node the snapshot does not know. */
    private static void addWhereItRuns(SnapshotIndex index, DaemonSet ds, PodGroups.Members members, PodPositions out) {
        Placements placements = index.placements();
        index.visits().add(members.size());
        for (int i = 0; i < members.size(); i++) {
            int node = placements.indexOf(members.pod(i).targetNodeName());
            if (node < 0 || placements.shouldRun(ds, node)) {
                out.add(members.position(i));
            }
        }
    }

    private static Finding warning(DaemonSet ds, Pod pod) {
        OwnerReference o = PodGroups.controllerOf(pod);
        String node = pod.targetNodeName();
        String podName = pod.meta().namespace() + "/" + pod.name();
        String controller = o.kind() + "/" + o.name() + (o.uid() == null ? "" : " (uid " + o.uid() + ")");
        return Warnings.on(ds, CODE, "spec.selector", "pod " + podName
                + " matches the selector but is controlled by " + controller + ": the DaemonSet ignores it, so a second pod will run on "
                + (node == null ? "its node" : "node " + node),
                node == null ? "diag.OwnedByOtherController.noNode" : "diag.OwnedByOtherController", podName, controller,
                node == null ? "" : node);
    }

    private static boolean isOwn(DaemonSet ds, OwnerReference owner) {
        String uid = ds.meta().uid();
        if (uid != null && !uid.isEmpty()) {
            return uid.equals(owner.uid());
        }
        return DaemonSet.KIND.equals(owner.kind()) && Objects.equals(owner.name(), ds.meta().name());
    }
}
