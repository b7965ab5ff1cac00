package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveChange;
import io.dsstudio.ui.common.Messages;

import java.util.TreeMap;
import java.util.TreeSet;

/** A change to send to the API server, described in the UI's language for confirmations and results. */
final class LiveChangeText {
    private LiveChangeText() {
    }

    static String describe(Messages messages, LiveChange change) {
        if (change instanceof LiveChange.NodeLabels labels) {
            return messages.get("live.change.labels", labels.node(), new TreeMap<>(labels.set()).toString(),
                    new TreeSet<>(labels.remove()).toString());
        }
        if (change instanceof LiveChange.NodeScheduling scheduling) {
            String taints = scheduling.taints().isEmpty() ? messages.get("live.change.noTaints") : scheduling.taints().toString();
            String text = messages.get("live.change.taints", scheduling.node(), taints);
            if (scheduling.unschedulable() != null) {
                text += " " + messages.get(scheduling.unschedulable() ? "live.change.cordon" : "live.change.uncordon");
            }
            return text;
        }
        if (change instanceof LiveChange.ApplyDaemonSet apply) {
            return messages.get("live.change.applyDaemonSet", apply.namespace() + "/" + apply.name());
        }
        LiveChange.DeleteDaemonSet delete = (LiveChange.DeleteDaemonSet) change;
        return messages.get(delete.cascade() ? "live.change.deleteCascade" : "live.change.deleteOrphan",
                delete.namespace() + "/" + delete.name());
    }
}
