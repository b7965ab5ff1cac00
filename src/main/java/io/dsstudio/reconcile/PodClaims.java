package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claiming (REF ClaimObject, semantics.md §2) for every DaemonSet of a plan in one pass over the pods: a pod
 * with a controller reference is offered to the DaemonSets with that UID in its namespace (claimed if the
 * selector matches, else released); an orphan to every DaemonSet of its namespace (adopted if the selector
 * matches and neither is being deleted). Pods of other controllers are never matched.
 */
final class PodClaims {
    private final NodeIndex nodes;
    private final Builder[] builders;

    /** Claims of one DaemonSet while the pass runs. */
    private static final class Builder {
        final DaemonSet ds;
        final SelectorMatcher selector;
        final SyncContext ctx;
        final String namespace;
        final boolean beingDeleted;
        final Pod[] first;
        List<Pod>[] several;        // built when a node gets a second pod
        final List<List<Pod>> severalLists = new ArrayList<>();
        final byte[] facts;
        final Map<String, List<Pod>> onMissing = new HashMap<>();
        final List<Pod> adopted = new ArrayList<>();
        final List<Pod> released = new ArrayList<>();
        int count;
        int lastPosition = -1;      // the node position of the previous pod added

        Builder(SyncContext ctx, int nodeCount) {
            this.ctx = ctx;
            this.ds = ctx.ds();
            this.namespace = ds.meta().namespace();
            this.beingDeleted = ds.meta().isBeingDeleted();
            this.facts = new byte[nodeCount];
            this.selector = new SelectorMatcher(ds.selector());
            this.first = new Pod[nodeCount];
        }
    }

    PodClaims(List<SyncContext> daemonSets, List<Pod> pods, NodeIndex nodes) {
        this.nodes = nodes;
        this.builders = new Builder[daemonSets.size()];
        Map<String, List<Builder>> uidGroups = new HashMap<>();
        Map<String, List<Builder>> namespaceGroups = new HashMap<>();
        for (int d = 0; d < daemonSets.size(); d++) {
            builders[d] = new Builder(daemonSets.get(d), nodes.size());
            DaemonSet ds = builders[d].ds;
            // UIDs compare as Go strings: a missing UID is "" on both sides.
            uidGroups.computeIfAbsent(ds.meta().uid() == null ? "" : ds.meta().uid(), k -> new ArrayList<>()).add(builders[d]);
            namespaceGroups.computeIfAbsent(ds.meta().namespace(), k -> new ArrayList<>()).add(builders[d]);
        }
        Map<String, Builder[]> byUid = asArrays(uidGroups);
        Map<String, Builder[]> byNamespace = asArrays(namespaceGroups);
        String lastUid = null;
        Builder[] lastOwners = null;
        for (Pod pod : pods) {
            String uid = pod.controllerUid();     // "" for a controller reference without a UID
            if (uid != null) {
                Builder[] owners;
                if (uid == lastUid) {
                    owners = lastOwners;     // pods of one owner usually come together and share its UID string
                } else {
                    owners = byUid.get(uid);
                    lastUid = uid;
                    lastOwners = owners;
                }
                if (owners != null) {
                    offerOwned(pod, owners);
                }
            } else {
                Builder[] candidates = byNamespace.get(namespaceOf(pod));
                if (candidates != null) {
                    offerOrphan(pod, candidates);
                }
            }
        }
    }

    private static Map<String, Builder[]> asArrays(Map<String, List<Builder>> groups) {
        Map<String, Builder[]> out = new HashMap<>(groups.size() * 2);
        groups.forEach((key, list) -> out.put(key, list.toArray(Builder[]::new)));
        return out;
    }

    private void offerOwned(Pod pod, Builder[] owners) {
        String namespace = namespaceOf(pod);
        for (Builder b : owners) {
            if (!namespace.equals(b.namespace)) {
                continue;       // the controller only lists pods of the DaemonSet's namespace
            }
            if (b.selector.matches(pod)) {
                add(b, pod);
            } else if (!b.beingDeleted) {
                b.released.add(pod);
            }
        }
    }

    private void offerOrphan(Pod pod, Builder[] candidates) {
        if (pod.isBeingDeleted()) {
            return;
        }
        for (Builder b : candidates) {
            if (!b.beingDeleted && b.selector.matches(pod)) {
                b.adopted.add(pod);
                add(b, pod);
            }
        }
    }

    /** Terminal pods being deleted are dropped after claiming (v1.28+); pods without a target node too. */
    private void add(Builder b, Pod pod) {
        if (pod.isBeingDeleted() && pod.isTerminal()) {     // the phase is read only for pods being deleted
            return;
        }
        String node = pod.targetNodeName();
        if (node == null) {
            return;
        }
        // a DaemonSet's pods often come in node-name order: try the node after the previous pod's first
        int position = nodes.isNext(b.lastPosition, node) ? b.lastPosition + 1 : nodes.position(node);
        b.lastPosition = position;
        if (position < 0) {
            b.onMissing.computeIfAbsent(node, k -> new ArrayList<>(1)).add(pod);
        } else {
            if (b.first[position] == null) {
                b.first[position] = pod;
                b.facts[position] = PodFacts.of(pod, b.ctx);
            } else {
                b.facts[position] = PodFacts.SEVERAL;
                severalOn(b, position).add(pod);
            }
        }
        b.count++;
    }

    /** The list of the pods on {@code position}, made (with its first pod) on the node's second pod. */
    @SuppressWarnings("unchecked")
    private static List<Pod> severalOn(Builder b, int position) {
        if (b.several == null) {
            b.several = new List[b.first.length];
        }
        List<Pod> pods = b.several[position];
        if (pods == null) {
            pods = new ArrayList<>(2);
            pods.add(b.first[position]);
            b.several[position] = pods;
            b.severalLists.add(pods);
        }
        return pods;
    }

    /** The claims of the DaemonSet at {@code index} of the list given to the constructor. */
    ClaimedPods claimed(int index) {
        Builder b = builders[index];
        sortEach(b.severalLists);
        sortEach(b.onMissing.values());
        return new ClaimedPods(b.first, b.several, b.facts, b.onMissing, b.count, b.adopted, b.released);
    }

    private static void sortEach(Iterable<List<Pod>> lists) {
        for (List<Pod> pods : lists) {
            if (pods.size() > 1) {
                pods.sort(PodOrder.OLDEST_FIRST);
            }
        }
    }

    private static String namespaceOf(Pod pod) {
        return pod.namespace() == null ? "default" : pod.namespace();
    }
}
