package io.dsstudio.cluster;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Taint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One change to send to the API server. Changes are data: applying never alters them, so pending edits survive. */
public sealed interface LiveChange {
    ObjectRef ref();

    /** One line for confirmations and reports. */
    String describe();

    /** Labels as a JSON merge patch of the touched keys only (a removed key is patched to null). */
    record NodeLabels(String node, Map<String, String> set, Set<String> remove) implements LiveChange {
        public NodeLabels {
            set = Map.copyOf(set);
            remove = Set.copyOf(remove);
        }

        @Override
        public ObjectRef ref() {
            return new ObjectRef("Node", null, node);
        }

        @Override
        public String describe() {
            return "label " + ref() + ": set " + new java.util.TreeMap<>(set) + ", remove " + new java.util.TreeSet<>(remove);
        }
    }

    /**
     * Taints and spec.unschedulable as a JSON merge patch carrying the resourceVersion that was read: taints have
     * no merge key, so the list is replaced whole, and a taint added since the read must not be lost (409).
     *
     * @param baseTaints    the taints as read, to re-plan on a conflict
     * @param unschedulable null to leave spec.unschedulable alone
     */
    record NodeScheduling(String node, String resourceVersion, List<Taint> baseTaints, List<Taint> taints,
                          Boolean unschedulable) implements LiveChange {
        public NodeScheduling {
            baseTaints = List.copyOf(baseTaints);
            taints = List.copyOf(taints);
        }

        @Override
        public ObjectRef ref() {
            return new ObjectRef("Node", null, node);
        }

        @Override
        public String describe() {
            return "taints of " + ref() + " -> " + taints + (unschedulable == null ? "" : ", unschedulable=" + unschedulable)
                    + " (at resourceVersion " + resourceVersion + ")";
        }
    }

    /** A DaemonSet by server-side apply (field manager daemonset-studio); {@code manifestJson} is the whole object. */
    record ApplyDaemonSet(String namespace, String name, String manifestJson) implements LiveChange {
        @Override
        public ObjectRef ref() {
            return new ObjectRef("DaemonSet", namespace, name);
        }

        @Override
        public String describe() {
            return "server-side apply " + ref();
        }
    }

    /** Deletes a DaemonSet: cascade deletes its pods in the background; otherwise they are orphaned. */
    record DeleteDaemonSet(String namespace, String name, boolean cascade) implements LiveChange {
        @Override
        public ObjectRef ref() {
            return new ObjectRef("DaemonSet", namespace, name);
        }

        @Override
        public String describe() {
            return "delete " + ref() + (cascade ? " (cascade: its pods are deleted)" : " (orphan: its pods stay)");
        }
    }
}
