package io.dsstudio.validation;

import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pods of a snapshot, read once and grouped as the cross-object checks look at them: by namespace, then by
 * label map (the pods of one revision share one), then by controller reference. A check compares a selector
 * with each group's labels once and reads single pods only where it reports them.
 */
final class PodGroups {
    /** Pods of one namespace with equal labels and the same controller reference (null for orphans), in snapshot order. */
    static final class Members {
        private final OwnerReference controller;
        private Pod[] pods = new Pod[4];
        private int[] positions = new int[4];
        private int size;

        private Members(OwnerReference controller) {
            this.controller = controller;
        }

        private void add(Pod pod, int position) {
            if (size == pods.length) {
                pods = Arrays.copyOf(pods, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            pods[size] = pod;
            positions[size++] = position;
        }

        OwnerReference controller() {
            return controller;
        }

        int size() {
            return size;
        }

        Pod pod(int i) {
            return pods[i];
        }

        /** The pod's index in {@code Snapshot.pods()}, so reports keep the snapshot's order. */
        int position(int i) {
            return positions[i];
        }
    }

    /** The pods of one namespace that carry the same label map, split by controller. */
    static final class LabelGroup {
        private final Map<String, String> labels;
        private final Map<OwnerReference, Members> byController = new LinkedHashMap<>(2);

        private LabelGroup(Map<String, String> labels) {
            this.labels = labels;
        }

        Map<String, String> labels() {
            return labels;
        }

        /** The groups of controlled pods, or of orphans under the null controller. */
        Iterable<Members> members() {
            return byController.values();
        }
    }

    private final Map<String, List<LabelGroup>> orphans = new HashMap<>();
    private final Map<String, List<LabelGroup>> controlled = new HashMap<>();
    private final int labelGroupCount;

    PodGroups(List<Pod> pods, VisitCounter visits) {
        Map<String, Map<Map<String, String>, LabelGroup>> orphanGroups = new HashMap<>();
        Map<String, Map<Map<String, String>, LabelGroup>> controlledGroups = new HashMap<>();
        Pod last = null;
        Members lastMembers = null;
        for (int i = 0; i < pods.size(); i++) {
            Pod pod = pods.get(i);
            OwnerReference controller = controllerOf(pod);
            // The pods of one DaemonSet usually stand together: a pod like the one before joins its group without
            // hashing its labels and controller reference again.
            if (last != null && Objects.equals(controller, controllerOf(last)) && Objects.equals(pod.namespace(), last.namespace())
                    && pod.labels().equals(last.labels())) {
                lastMembers.add(pod, i);
                continue;
            }
            Map<String, Map<Map<String, String>, LabelGroup>> target = controller == null ? orphanGroups : controlledGroups;
            LabelGroup group = target.computeIfAbsent(pod.namespace(), ns -> new LinkedHashMap<>())
                    .computeIfAbsent(pod.labels(), LabelGroup::new);
            lastMembers = group.byController.computeIfAbsent(controller, Members::new);
            lastMembers.add(pod, i);
            last = pod;
        }
        visits.add(pods.size());
        int count = 0;
        count += flatten(orphanGroups, orphans);
        count += flatten(controlledGroups, controlled);
        this.labelGroupCount = count;
    }

    private static int flatten(Map<String, Map<Map<String, String>, LabelGroup>> grouped, Map<String, List<LabelGroup>> out) {
        int count = 0;
        for (Map.Entry<String, Map<Map<String, String>, LabelGroup>> e : grouped.entrySet()) {
            out.put(e.getKey(), new ArrayList<>(e.getValue().values()));
            count += e.getValue().size();
        }
        return count;
    }

    /** The orphans (no controller reference) of a namespace, by label map. */
    List<LabelGroup> orphansIn(String namespace) {
        return orphans.getOrDefault(namespace, List.of());
    }

    /** The pods with a controller reference in a namespace, by label map. */
    List<LabelGroup> controlledIn(String namespace) {
        return controlled.getOrDefault(namespace, List.of());
    }

    int labelGroupCount() {
        return labelGroupCount;
    }

    /** The ownerReference with {@code controller: true}, or null. */
    static OwnerReference controllerOf(Pod pod) {
        return pod.meta() == null ? null : pod.meta().controller();
    }
}
