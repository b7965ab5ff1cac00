package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The pods one list has and another has not, compared by identity. A controller sync keeps the order of the pods it
 * leaves alone (it drops the deleted, replaces a few in place and appends the created), so the two lists are walked
 * side by side and only where they differ is anything looked up: a sync's diff costs reference comparisons, not a set
 * of every pod. Lists that differ in another way (reordered, or many pods changed) are compared through a set.
 */
record PodListDiff(List<Pod> removed, List<Pod> added) {
    /** How far ahead a walk looks for the pod it is missing before it falls back to a set. */
    private static final int LOOK_AHEAD = 32;

    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    static PodListDiff of(List<Pod> before, List<Pod> after) {
        int limit = Math.max(1_024, (before.size() + after.size()) / 64);
        List<Pod> removed = new ArrayList<>();
        List<Pod> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            Pod was = before.get(i);
            Pod now = after.get(j);
            if (was == now) {
                i++;
                j++;
                continue;
            }
            if (removed.size() + added.size() > limit) {
                return bySet(before, after);
            }
            int found = indexOf(before, now, i + 1);
            if (found >= 0) {                       // before[i..found) are gone
                removed.addAll(before.subList(i, found));
                i = found;
                continue;
            }
            found = indexOf(after, was, j + 1);
            if (found >= 0) {                       // after[j..found) are new
                added.addAll(after.subList(j, found));
                j = found;
                continue;
            }
            if (i + 1 < before.size() && j + 1 < after.size() && before.get(i + 1) == after.get(j + 1)) {
                removed.add(was);                   // replaced in place
                added.add(now);
                i++;
                j++;
                continue;
            }
            return bySet(before, after);            // further apart than the walk looks
        }
        removed.addAll(before.subList(i, before.size()));
        added.addAll(after.subList(j, after.size()));
        return new PodListDiff(removed, added);
    }

    private static int indexOf(List<Pod> pods, Pod pod, int from) {
        int to = Math.min(pods.size(), from + LOOK_AHEAD);
        for (int k = from; k < to; k++) {
            if (pods.get(k) == pod) {
                return k;
            }
        }
        return -1;
    }

    /** The same diff through an identity set of {@code before}: a reordering is no change. */
    static PodListDiff bySet(List<Pod> before, List<Pod> after) {
        Set<Pod> gone = Collections.newSetFromMap(new IdentityHashMap<>(before.size() * 2));
        gone.addAll(before);
        List<Pod> added = new ArrayList<>();
        for (Pod pod : after) {
            if (!gone.remove(pod)) {
                added.add(pod);
            }
        }
        return new PodListDiff(new ArrayList<>(gone), added);
    }
}
