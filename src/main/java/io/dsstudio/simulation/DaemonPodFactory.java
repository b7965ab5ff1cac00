package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/**
 * Makes the pods the DaemonSet controller makes (semantics.md §1; upstream CreatePodTemplate and
 * ReplaceDaemonSetPodNodeNameNodeAffinity): template labels plus {@code pod-template-generation} and
 * {@code controller-revision-hash}, a controller owner reference, the default daemon tolerations, and the
 * required node affinity replaced by {@code matchFields metadata.name In [node]}; no nodeName until bound.
 * What the pods of one DaemonSet revision share is worked out once per revision ({@link DaemonPodTemplate}).
 */
final class DaemonPodFactory {
    /** The templates of the DaemonSets of the current state, by identity (a changed DaemonSet is a new object). */
    private Map<DaemonSet, DaemonPodTemplate> templates = new IdentityHashMap<>();

    /** Keeps only the templates of {@code daemonSets}, so a long run does not hold those of replaced revisions. */
    void keepOnly(List<DaemonSet> daemonSets) {
        Map<DaemonSet, DaemonPodTemplate> kept = new IdentityHashMap<>();
        for (DaemonSet ds : daemonSets) {
            DaemonPodTemplate t = templates.get(ds);
            if (t != null) {
                kept.put(ds, t);
            }
        }
        templates = kept;
    }

    /** @param nameTaken tells whether a pod name is already used in the DaemonSet's namespace */
    CreatedPod create(DaemonSet ds, String node, Instant now, Predicate<String> nameTaken) {
        DaemonPodTemplate template = templates.computeIfAbsent(ds, DaemonPodTemplate::new);
        String name = PodNames.daemonPod(ds.meta().name(), ds.meta().uid(), node, template.generation());
        for (int attempt = 1; nameTaken.test(name); attempt++) {
            name = PodNames.daemonPod(ds.meta().name(), ds.meta().uid(), node, template.generation(), attempt);
        }
        return CreatedPod.pending(template.pod(name, node, now), template, node);
    }

    /** The pod once the scheduler has bound it and it has become Ready. */
    static CreatedPod bindAndStart(CreatedPod created, Instant now) {
        Pod p = created.pod();
        Pod running = new Pod(p.meta(), p.spec().withNodeName(created.node()), "Running",
                List.of(new PodCondition("Ready", "True", now)));
        return created.started(running, now);
    }

    /** A pod's whole tree once bound to {@code node} and started at {@code now}. */
    static Map<String, Object> startedTree(Map<String, Object> tree, String node, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) out.get("spec"));
        spec.put("nodeName", node);
        out.put("spec", spec);
        out.put("status", map("phase", "Running", "conditions", list(
                map("type", "Ready", "status", "True", "lastTransitionTime", now.toString()))));
        return out;
    }
}
