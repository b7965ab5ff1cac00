package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Toleration;
import io.dsstudio.reconcile.DefaultDaemonTolerations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/**
 * Makes the pods the DaemonSet controller makes (semantics.md §1; upstream CreatePodTemplate and
 * ReplaceDaemonSetPodNodeNameNodeAffinity): template labels plus {@code pod-template-generation} and
 * {@code controller-revision-hash}, a controller owner reference, the default daemon tolerations, and the
 * required node affinity replaced by {@code matchFields metadata.name In [node]}; no nodeName until bound.
 */
final class DaemonPodFactory {
    private DaemonPodFactory() {
    }

    /** @param nameTaken tells whether a pod name is already used in the DaemonSet's namespace */
    static CreatedPod create(DaemonSet ds, String node, Instant now, java.util.function.Predicate<String> nameTaken) {
        long generation = ds.generation() == null ? 1 : ds.generation();
        String name = PodNames.daemonPod(ds.meta().name(), ds.meta().uid(), node, generation);
        for (int attempt = 1; nameTaken.test(name); attempt++) {
            name = PodNames.daemonPod(ds.meta().name(), ds.meta().uid(), node, generation, attempt);
        }
        Map<String, String> labels = new LinkedHashMap<>(ds.template().labels());
        labels.put(Pod.REVISION_HASH_LABEL, PodNames.revisionHash(ds.template().fingerprint()));
        labels.put(Pod.TEMPLATE_GENERATION_LABEL, Long.toString(generation));
        OwnerReference owner = OwnerReference.controllerOf(ds);
        ObjectMeta meta = new ObjectMeta(name, ds.meta().namespace(), PodNames.uidFor("pod/" + ds.meta().namespace() + "/" + name),
                labels, ds.template().annotations(), List.of(owner), now, null, null);
        NodeAffinity pinned = new NodeAffinity(List.of(new NodeSelectorTerm(List.of(),
                List.of(new NodeSelectorRequirement("metadata.name", "In", List.of(node))))),
                ds.template().spec().affinity() == null ? 0 : ds.template().spec().affinity().preferredTermCount());
        List<Toleration> tolerations = DefaultDaemonTolerations.merged(ds.template().spec());
        PodSpec spec = ds.template().spec().withNodeName("").withAffinity(pinned).withTolerations(tolerations);
        Pod pod = new Pod(meta, spec, "Pending", List.of());
        return new CreatedPod(pod, tree(ds, meta, node, tolerations));
    }

    /** The pod once the scheduler has bound it and it has become Ready. */
    static CreatedPod bindAndStart(CreatedPod created, Instant now) {
        Pod p = created.pod();
        String node = p.targetNodeName();
        Pod running = new Pod(p.meta(), p.spec().withNodeName(node), "Running",
                List.of(new PodCondition("Ready", "True", now)));
        Map<String, Object> tree = new LinkedHashMap<>(created.tree());
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) tree.get("spec"));
        spec.put("nodeName", node);
        tree.put("spec", spec);
        tree.put("status", map("phase", "Running", "conditions", list(
                map("type", "Ready", "status", "True", "lastTransitionTime", now.toString()))));
        return new CreatedPod(running, tree);
    }

    private static Map<String, Object> tree(DaemonSet ds, ObjectMeta meta, String node, List<Toleration> tolerations) {
        Map<String, Object> source = ds.template().source();
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = source.get("spec") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        spec.put("affinity", pinnedAffinity(spec.get("affinity"), node));
        List<Object> tolerationTrees = new ArrayList<>();
        for (Toleration t : tolerations) {
            tolerationTrees.add(map("key", t.key().isEmpty() ? null : t.key(), "operator", t.operator().isEmpty() ? null : t.operator(),
                    "value", t.value().isEmpty() ? null : t.value(), "effect", t.effect().isEmpty() ? null : t.effect(),
                    "tolerationSeconds", t.tolerationSeconds()));
        }
        spec.put("tolerations", tolerationTrees);
        spec.remove("nodeName");
        Map<String, Object> metadata = map("name", meta.name(), "namespace", meta.namespace(), "uid", meta.uid(),
                "creationTimestamp", meta.creationTimestamp().toString(),
                "labels", new LinkedHashMap<String, Object>(meta.labels()),
                "annotations", meta.annotations().isEmpty() ? null : new LinkedHashMap<String, Object>(meta.annotations()),
                "ownerReferences", list(map("apiVersion", "apps/v1", "kind", DaemonSet.KIND, "name", ds.meta().name(),
                        "uid", ds.meta().uid(), "controller", true, "blockOwnerDeletion", true)));
        return map("apiVersion", "v1", "kind", "Pod", "metadata", metadata, "spec", spec,
                "status", map("phase", "Pending"));
    }

    /** Keeps preferred terms and pod (anti-)affinity; replaces the required node terms as upstream does. */
    private static Map<String, Object> pinnedAffinity(Object existing, String node) {
        @SuppressWarnings("unchecked")
        Map<String, Object> affinity = existing instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> nodeAffinity = affinity.get("nodeAffinity") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        nodeAffinity.put("requiredDuringSchedulingIgnoredDuringExecution", map("nodeSelectorTerms", list(
                map("matchFields", list(map("key", "metadata.name", "operator", "In", "values", list(node)))))));
        affinity.put("nodeAffinity", nodeAffinity);
        return affinity;
    }
}
