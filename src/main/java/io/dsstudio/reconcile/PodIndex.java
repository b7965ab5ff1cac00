package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pods of a snapshot grouped as claiming looks them up (see {@link PodClaims}): by the UID of their
 * controller, and the orphans by namespace. Lets one DaemonSet be re-claimed without a pass over every pod.
 * Immutable; {@link #with} shares the groups a change does not touch.
 */
final class PodIndex {
    private final Map<String, List<Pod>> byControllerUid;
    private final Map<String, List<Pod>> orphansByNamespace;

    private PodIndex(Map<String, List<Pod>> byControllerUid, Map<String, List<Pod>> orphansByNamespace) {
        this.byControllerUid = byControllerUid;
        this.orphansByNamespace = orphansByNamespace;
    }

    static PodIndex of(Collection<Pod> pods) {
        Map<String, List<Pod>> owned = new HashMap<>();
        Map<String, List<Pod>> orphans = new HashMap<>();
        for (Pod pod : pods) {
            String controllerUid = pod.controllerUid();
            if (controllerUid != null) {
                owned.computeIfAbsent(controllerUid, k -> new ArrayList<>()).add(pod);
            } else {
                orphans.computeIfAbsent(namespaceOf(pod), k -> new ArrayList<>()).add(pod);
            }
        }
        return new PodIndex(owned, orphans);
    }

    /** Every pod claiming may offer to {@code ds}: those its UID controls and the orphans of its namespace. */
    List<Pod> candidates(DaemonSet ds) {
        List<Pod> owned = byControllerUid.getOrDefault(uidKey(ds.meta().uid()), List.of());
        List<Pod> orphans = orphansByNamespace.getOrDefault(ds.meta().namespace(), List.of());
        if (orphans.isEmpty()) {
            return owned;
        }
        List<Pod> out = new ArrayList<>(owned.size() + orphans.size());
        out.addAll(owned);
        out.addAll(orphans);
        return out;
    }

    /** The groups a DaemonSet reads when {@code pod} is offered to it. */
    record Group(boolean orphan, String key) {
        boolean isReadBy(DaemonSet ds) {
            return orphan ? key.equals(ds.meta().namespace()) : key.equals(uidKey(ds.meta().uid()));
        }
    }

    static Group groupOf(Pod pod) {
        String controllerUid = pod.controllerUid();
        return controllerUid != null ? new Group(false, controllerUid) : new Group(true, namespaceOf(pod));
    }

    /** This index without {@code removed} and with {@code added} (compared by identity). */
    PodIndex with(Collection<Pod> removed, Collection<Pod> added) {
        Map<String, List<Pod>> owned = new HashMap<>(byControllerUid);
        Map<String, List<Pod>> orphans = new HashMap<>(orphansByNamespace);
        Map<Group, Set<Pod>> gone = new HashMap<>();
        for (Pod pod : removed) {
            gone.computeIfAbsent(groupOf(pod), g -> Collections.newSetFromMap(new IdentityHashMap<>())).add(pod);
        }
        Set<Group> touched = new HashSet<>(gone.keySet());
        Map<Group, List<Pod>> arriving = new HashMap<>();
        for (Pod pod : added) {
            Group g = groupOf(pod);
            arriving.computeIfAbsent(g, k -> new ArrayList<>()).add(pod);
            touched.add(g);
        }
        for (Group g : touched) {
            Map<String, List<Pod>> map = g.orphan() ? orphans : owned;
            Set<Pod> drop = gone.getOrDefault(g, Set.of());
            List<Pod> list = new ArrayList<>();
            for (Pod pod : map.getOrDefault(g.key(), List.of())) {
                if (!drop.contains(pod)) {
                    list.add(pod);
                }
            }
            list.addAll(arriving.getOrDefault(g, List.of()));
            if (list.isEmpty()) {
                map.remove(g.key());
            } else {
                map.put(g.key(), list);
            }
        }
        return new PodIndex(owned, orphans);
    }

    /** UIDs compare as Go strings: a missing UID is "". */
    private static String uidKey(String uid) {
        return uid == null ? "" : uid;
    }

    private static String namespaceOf(Pod pod) {
        return pod.namespace() == null ? "default" : pod.namespace();
    }
}
