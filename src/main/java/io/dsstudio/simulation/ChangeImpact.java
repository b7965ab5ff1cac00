package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.StatusCounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a change does to the cluster, per DaemonSet: both snapshots (before and after the change) are run to
 * convergence and their pods compared node by node — nodes that gain a pod, nodes that lose one (with the reason
 * codes that now fail there), pods replaced — with the rollout forecast of the changed snapshot and the status
 * before and after convergence.
 */
public final class ChangeImpact {
    /** A node that loses its pod, and the checks that now fail there (empty when the pod goes for another cause). */
    public record LostNode(String node, List<String> reasons) {
        public LostNode {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param statusBefore what the controller computes on the snapshot before the change (null for a new DaemonSet)
     * @param statusAfter  the status once the changed snapshot has converged
     * @param forecast     the rollout forecast of the changed snapshot (null when it has none)
     */
    public record DaemonSetImpact(String namespace, String name, List<String> gained, List<LostNode> lost,
                                  List<String> replaced, StatusCounts statusBefore, StatusCounts statusAfter,
                                  RolloutForecast.DaemonSetForecast forecast) {
        public DaemonSetImpact {
            gained = List.copyOf(gained);
            lost = List.copyOf(lost);
            replaced = List.copyOf(replaced);
        }

        public String key() {
            return namespace + "/" + name;
        }

        /** Whether any pod is created, deleted or replaced. */
        public boolean changesPods() {
            return !gained.isEmpty() || !lost.isEmpty() || !replaced.isEmpty();
        }
    }

    private ChangeImpact() {
    }

    /** Per DaemonSet of either snapshot, in namespace/name order. */
    public static List<DaemonSetImpact> of(Snapshot before, Snapshot after, Instant now, Duration podStart) {
        Simulator simulator = new Simulator(new Planner());
        Run was = Run.of(simulator, before, now);
        Run now2 = Run.of(simulator, after, now);
        Map<String, RolloutForecast.DaemonSetForecast> forecasts = new HashMap<>();
        RolloutForecast.of(after, now, podStart).forEach(f -> forecasts.put(f.key(), f));
        TreeSet<String> keys = new TreeSet<>(was.first.keySet());
        keys.addAll(now2.first.keySet());
        List<DaemonSetImpact> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Pod> podsBefore = was.podsByNode(key);
            Map<String, Pod> podsAfter = now2.podsByNode(key);
            List<String> gained = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            List<LostNode> lost = new ArrayList<>();
            for (Map.Entry<String, Pod> e : podsAfter.entrySet()) {
                Pod old = podsBefore.get(e.getKey());
                if (old == null) {
                    gained.add(e.getKey());
                } else if (!old.name().equals(e.getValue().name())) {
                    replaced.add(e.getKey());
                }
            }
            for (String node : podsBefore.keySet()) {
                if (!podsAfter.containsKey(node)) {
                    lost.add(new LostNode(node, now2.reasons(key, node)));
                }
            }
            DaemonSetPlan any = now2.first.getOrDefault(key, was.first.get(key));
            out.add(new DaemonSetImpact(any.namespace(), any.name(), gained, lost, replaced,
                    was.first.containsKey(key) ? was.first.get(key).status() : null,
                    now2.last.containsKey(key) ? now2.last.get(key).status() : null, forecasts.get(key)));
        }
        return out;
    }

    /** One snapshot run to convergence. */
    private record Run(Map<String, DaemonSetPlan> first, Map<String, DaemonSetPlan> last, Snapshot end,
                       Map<String, DaemonSet> daemonSets, Plan endPlan) {
        static Run of(Simulator simulator, Snapshot snapshot, Instant now) {
            SimulationState start = SimulationSetup.start(snapshot, now);
            List<SyncResult> syncs = simulator.runUntilConverged(start, r -> { });
            Map<String, DaemonSetPlan> first = new TreeMap<>();
            Map<String, DaemonSetPlan> last = new TreeMap<>();
            Snapshot end = start.snapshot();
            if (!syncs.isEmpty()) {
                syncs.get(0).plan().daemonSets().forEach(p -> first.put(p.key(), p));
                syncs.get(syncs.size() - 1).plan().daemonSets().forEach(p -> last.put(p.key(), p));
                end = syncs.get(syncs.size() - 1).after().snapshot();
            }
            Map<String, DaemonSet> daemonSets = new HashMap<>();
            end.daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
            Plan endPlan = syncs.isEmpty() ? null : syncs.get(syncs.size() - 1).plan();
            return new Run(first, last, end, daemonSets, endPlan);
        }

        /** The DaemonSet's live pods by node (the oldest when a node has several). */
        Map<String, Pod> podsByNode(String key) {
            DaemonSet ds = daemonSets.get(key);
            Map<String, Pod> out = new TreeMap<>();
            if (ds == null || ds.meta().uid() == null) {
                return out;
            }
            for (Pod pod : end.pods()) {
                if (ds.meta().uid().equals(pod.controllerUid()) && !pod.isBeingDeleted() && pod.targetNodeName() != null) {
                    out.putIfAbsent(pod.targetNodeName(), pod);
                }
            }
            return out;
        }

        List<String> reasons(String key, String node) {
            DaemonSetPlan plan = last.get(key);
            if (plan == null) {
                return List.of();
            }
            for (NodeVerdict v : plan.nodes()) {
                if (v.node().equals(node)) {
                    return v.reasons().stream().map(Reason::code).map(Enum::name).toList();
                }
            }
            return List.of();
        }
    }
}
