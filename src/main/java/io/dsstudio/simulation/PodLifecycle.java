package io.dsstudio.simulation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happens to pods around a sync besides its creates and deletes: adoption and release write or remove the
 * controller reference (REF AdoptPod / ReleasePod), pods being deleted finish terminating by the next sync unless
 * their node is down, and with stalling modelled pods on NotReady/Unknown nodes are not Ready (the node lifecycle
 * controller marks them so) and stay terminating once deleted (their kubelet cannot act).
 */
final class PodLifecycle {
    private PodLifecycle() {
    }

    /**
     * Nodes reporting a Ready condition that is False or Unknown. A node without a Ready condition (a hand-written
     * snapshot) is taken as up.
     */
    static Set<String> unreadyNodes(Snapshot snapshot) {
        Set<String> out = new HashSet<>();
        for (ClusterNode n : snapshot.nodes()) {
            boolean reports = n.conditions().stream().anyMatch(c -> "Ready".equals(c.type()));
            if (reports && !"True".equals(n.readyStatus())) {
                out.add(n.name());
            }
        }
        return out;
    }

    /** Writes the adoptions and releases of {@code plan} into the state's pods (and the trees of pods it created). */
    static SimulationState writeOwnership(SimulationState state, Plan plan) {
        Snapshot s = state.snapshot();
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        s.daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
        Map<String, DaemonSet> adoptedBy = new HashMap<>();
        Map<String, DaemonSet> releasedBy = new HashMap<>();
        for (DaemonSetPlan p : plan.daemonSets()) {
            DaemonSet ds = daemonSets.get(p.key());
            if (ds == null) {
                continue;
            }
            p.adopted().forEach(name -> adoptedBy.putIfAbsent(p.namespace() + "/" + name, ds));
            p.released().forEach(name -> releasedBy.put(p.namespace() + "/" + name, ds));
        }
        if (adoptedBy.isEmpty() && releasedBy.isEmpty()) {
            return state;
        }
        List<Pod> pods = new ArrayList<>(s.pods().size());
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        for (Pod pod : s.pods()) {
            String key = EmbeddedCluster.key(pod);
            DaemonSet adopter = adoptedBy.get(key);
            DaemonSet releaser = releasedBy.get(key);
            List<OwnerReference> refs = pod.meta().ownerReferences();
            if (adopter != null && pod.controllerUid() == null) {
                refs = new ArrayList<>(refs);
                refs.add(OwnerReference.controllerOf(adopter));
            } else if (releaser != null) {
                refs = refs.stream().filter(r -> !(r.controller() && releaser.meta().uid().equals(r.uid()))).toList();
            }
            if (refs == pod.meta().ownerReferences()) {
                pods.add(pod);
                continue;
            }
            Pod changed = pod.withMeta(pod.meta().withOwnerReferences(refs));
            pods.add(changed);
            CreatedPod ours = created.get(key);
            if (ours != null) {
                List<OwnerReference> written = refs;
                created.put(key, ours.withTree(changed, tree -> withOwnerReferences(tree, written)));
            }
        }
        return new SimulationState(new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions()), state.clock(), created,
                state.unbound(), state.deletedPods());
    }

    /**
     * Pods that were already terminating when the sync ran are gone by the next one, except on {@code downNodes}
     * (empty unless stalling is modelled).
     */
    static SimulationState finishTermination(SimulationState state, Set<String> terminatingBefore, Set<String> downNodes) {
        if (terminatingBefore.isEmpty()) {
            return state;
        }
        Snapshot s = state.snapshot();
        List<Pod> pods = new ArrayList<>(s.pods().size());
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        Set<String> deleted = new HashSet<>(state.deletedPods());
        for (Pod pod : s.pods()) {
            if (pod.isBeingDeleted() && !downNodes.contains(pod.targetNodeName())
                    && terminatingBefore.contains(EmbeddedCluster.key(pod))) {
                String key = EmbeddedCluster.key(pod);
                if (created.remove(key) == null) {
                    deleted.add(key);
                }
            } else {
                pods.add(pod);
            }
        }
        if (pods.size() == s.pods().size()) {
            return state;   // only pods stuck on down nodes were terminating: the state (and the names in use) stay
        }
        return new SimulationState(new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions()), state.clock(), created,
                state.unbound(), deleted);
    }

    /** Keys of the pods with a deletionTimestamp. */
    static Set<String> terminating(Snapshot snapshot) {
        Set<String> out = new HashSet<>();
        for (Pod pod : snapshot.pods()) {
            if (pod.isBeingDeleted()) {
                out.add(EmbeddedCluster.key(pod));
            }
        }
        return out;
    }

    /** Marks pods the sync deleted on down nodes as terminating (they were taken out of the state by the delete). */
    static SimulationState keepTerminating(SimulationState state, List<Pod> stuck, Map<String, CreatedPod> createdBefore,
                                           Instant now) {
        if (stuck.isEmpty()) {
            return state;
        }
        Snapshot s = state.snapshot();
        List<Pod> pods = new ArrayList<>(s.pods());
        Set<String> deleted = new HashSet<>(state.deletedPods());
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        for (Pod pod : stuck) {
            Pod terminating = pod.withMeta(pod.meta().withDeletionTimestamp(now));
            pods.add(terminating);
            String key = EmbeddedCluster.key(pod);
            deleted.remove(key);
            CreatedPod ours = createdBefore.get(key);
            if (ours != null) {
                created.put(key, ours.withPod(terminating));
            }
        }
        return new SimulationState(new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions()), state.clock(), created,
                state.unbound(), deleted);
    }

    /** With stalling modelled: pods on down nodes report Ready=False, as the node lifecycle controller sets them. */
    static Snapshot markDownNodePodsNotReady(Snapshot s, Set<String> downNodes, Instant now) {
        if (downNodes.isEmpty()) {
            return s;
        }
        List<Pod> pods = new ArrayList<>(s.pods().size());
        for (Pod pod : s.pods()) {
            if (pod.isReady() && downNodes.contains(pod.targetNodeName())) {
                List<PodCondition> conditions = new ArrayList<>();
                pod.conditions().stream().filter(c -> !"Ready".equals(c.type())).forEach(conditions::add);
                conditions.add(new PodCondition("Ready", "False", now));
                pods.add(new Pod(pod.meta(), pod.spec(), pod.phase(), conditions));
            } else {
                pods.add(pod);
            }
        }
        return new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions());
    }

    /**
     * Why the controller would sync again although nothing was planned: upstream's updateDaemonSetStatus requeues
     * after minReadySeconds while numberReady ≠ numberAvailable, and a pod's deletion wakes it when it finishes.
     */
    static List<String> requeues(Plan plan, Snapshot seen, Set<String> downNodes) {
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        Set<String> uids = new HashSet<>();
        for (DaemonSet ds : seen.daemonSets()) {
            daemonSets.put(ds.key(), ds);
            if (ds.meta().uid() != null) {
                uids.add(ds.meta().uid());
            }
        }
        List<String> out = new ArrayList<>();
        for (DaemonSetPlan p : plan.daemonSets()) {
            DaemonSet ds = daemonSets.get(p.key());
            if (ds != null && ds.minReadySeconds() > 0 && p.status().numberReady() != p.status().numberAvailable()) {
                out.add(p.key() + ": " + (p.status().numberReady() - p.status().numberAvailable())
                        + " pod(s) Ready but not yet available (minReadySeconds " + ds.minReadySeconds() + ")");
            }
        }
        for (Pod pod : seen.pods()) {
            if (pod.isBeingDeleted() && !pod.isTerminal() && pod.controllerUid() != null && uids.contains(pod.controllerUid())
                    && !downNodes.contains(pod.targetNodeName())) {
                out.add(EmbeddedCluster.key(pod) + ": terminating");
            }
        }
        return out;
    }

    /** Down nodes that hold a terminating pod of a DaemonSet: the rollout waits for them as long as they are down. */
    static List<String> stalledNodes(Snapshot after, Set<String> downNodes) {
        Set<String> out = new TreeSet<>();
        for (Pod pod : after.pods()) {
            if (pod.isBeingDeleted() && !pod.isTerminal() && downNodes.contains(pod.targetNodeName())) {
                out.add(pod.targetNodeName());
            }
        }
        return new ArrayList<>(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withOwnerReferences(Map<String, Object> tree, List<OwnerReference> refs) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) out.get("metadata"));
        if (refs.isEmpty()) {
            metadata.remove("ownerReferences");
        } else {
            List<Object> trees = new ArrayList<>();
            for (OwnerReference r : refs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("apiVersion", r.apiVersion());
                m.put("kind", r.kind());
                m.put("name", r.name());
                m.put("uid", r.uid());
                if (r.controller()) {
                    m.put("controller", true);
                }
                if (r.blockOwnerDeletion() != null) {
                    m.put("blockOwnerDeletion", r.blockOwnerDeletion());
                }
                trees.add(m);
            }
            metadata.put("ownerReferences", trees);
        }
        out.put("metadata", metadata);
        return out;
    }
}
