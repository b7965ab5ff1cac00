package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Toleration;
import io.dsstudio.reconcile.DefaultDaemonTolerations;
import io.dsstudio.yaml.DocumentTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/**
 * What every pod of one DaemonSet revision shares (semantics.md §1; upstream CreatePodTemplate and
 * ReplaceDaemonSetPodNodeNameNodeAffinity), worked out once: template labels plus {@code pod-template-generation}
 * and {@code controller-revision-hash}, the controller owner reference, the default daemon tolerations, the spec
 * with the required node affinity to be pinned to a node, and the pod's YAML text rendered once with holes for
 * what differs from pod to pod (name, uid, node, times). A pod of the revision is then a few strings.
 */
final class DaemonPodTemplate {
    /** Markers of the holes, in the order of {@link #holeValues}: plain-safe, and unlikely in any template. */
    private static final List<String> PENDING_HOLES = List.of("x-dsstudio-hole-name-0", "x-dsstudio-hole-uid-1",
            "x-dsstudio-hole-created-2", "x-dsstudio-hole-node-3");
    private static final List<String> RUNNING_HOLES = List.of("x-dsstudio-hole-name-0", "x-dsstudio-hole-uid-1",
            "x-dsstudio-hole-created-2", "x-dsstudio-hole-node-3", "x-dsstudio-hole-nodename-4", "x-dsstudio-hole-ready-5");

    private final DaemonSet ds;
    private final long generation;
    /** Labels, annotations and owner references every pod of the revision shares (one copy for all). */
    private final ObjectMeta shared;
    private final List<Toleration> tolerations;
    private final PodSpec spec;
    private final int preferredTermCount;
    /** Rendered texts by line ending and phase, made when the first pod is written; empty when not possible. */
    private final Map<String, Optional<DocumentTemplate>> rendered = new HashMap<>();
    /** How many times a pod of the revision was rendered whole (tests count them: once per phase and line ending). */
    private int documentsRendered;

    DaemonPodTemplate(DaemonSet ds) {
        this.ds = ds;
        this.generation = ds.generation() == null ? 1 : ds.generation();
        Map<String, String> labels = new LinkedHashMap<>(ds.template().labels());
        labels.put(Pod.REVISION_HASH_LABEL, PodNames.revisionHash(ds.template().fingerprint()));
        labels.put(Pod.TEMPLATE_GENERATION_LABEL, Long.toString(generation));
        this.shared = new ObjectMeta(null, ds.meta().namespace(), null, labels, ds.template().annotations(),
                List.of(OwnerReference.controllerOf(ds)), null, null, null);
        this.tolerations = DefaultDaemonTolerations.merged(ds.template().spec());
        this.spec = ds.template().spec().withNodeName("").withTolerations(tolerations);
        this.preferredTermCount = ds.template().spec().affinity() == null ? 0 : ds.template().spec().affinity().preferredTermCount();
    }

    DaemonSet daemonSet() {
        return ds;
    }

    long generation() {
        return generation;
    }

    /** A new pod of the revision for {@code node}, Pending and not yet bound. */
    Pod pod(String name, String node, Instant now) {
        String namespace = ds.meta().namespace();
        ObjectMeta meta = new ObjectMeta(name, namespace, PodNames.uidFor("pod/" + namespace + "/" + name),
                shared.labels(), shared.annotations(), shared.ownerReferences(), now, null, null);
        NodeAffinity pinned = new NodeAffinity(List.of(new NodeSelectorTerm(List.of(),
                List.of(new NodeSelectorRequirement("metadata.name", "In", List.of(node))))), preferredTermCount);
        return new Pod(meta, spec.withAffinity(pinned), "Pending", List.of());
    }

    /**
     * The whole pod as written: the template's own fields with the pinned affinity and the tolerations; with
     * {@code startedAt}, bound to the node (nodeName) and Running and Ready since then.
     */
    Map<String, Object> tree(String name, String uid, String created, String node, String startedAt) {
        Map<String, Object> source = ds.template().source();
        @SuppressWarnings("unchecked")
        Map<String, Object> podSpec = source.get("spec") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        podSpec.put("affinity", pinnedAffinity(podSpec.get("affinity"), node));
        List<Object> tolerationTrees = new ArrayList<>();
        for (Toleration t : tolerations) {
            tolerationTrees.add(map("key", t.key().isEmpty() ? null : t.key(), "operator", t.operator().isEmpty() ? null : t.operator(),
                    "value", t.value().isEmpty() ? null : t.value(), "effect", t.effect().isEmpty() ? null : t.effect(),
                    "tolerationSeconds", t.tolerationSeconds()));
        }
        podSpec.put("tolerations", tolerationTrees);
        podSpec.remove("nodeName");
        Map<String, Object> metadata = map("name", name, "namespace", ds.meta().namespace(), "uid", uid,
                "creationTimestamp", created,
                "labels", new LinkedHashMap<String, Object>(shared.labels()),
                "annotations", shared.annotations().isEmpty() ? null : new LinkedHashMap<String, Object>(shared.annotations()),
                "ownerReferences", list(map("apiVersion", "apps/v1", "kind", DaemonSet.KIND, "name", ds.meta().name(),
                        "uid", ds.meta().uid(), "controller", true, "blockOwnerDeletion", true)));
        Map<String, Object> status = map("phase", "Pending");
        if (startedAt != null) {
            podSpec.put("nodeName", node);
            status = map("phase", "Running", "conditions", list(
                    map("type", "Ready", "status", "True", "lastTransitionTime", startedAt)));
        }
        return map("apiVersion", "v1", "kind", "Pod", "metadata", metadata, "spec", podSpec, "status", status);
    }

    /** Appends a pod of the revision as YAML from the text rendered once; false when it must be rendered from its tree. */
    boolean appendYaml(String newline, StringBuilder out, String name, String uid, String created, String node, String startedAt) {
        Optional<DocumentTemplate> document = document(newline, startedAt != null);
        if (document.isEmpty()) {
            return false;
        }
        List<String> values = startedAt == null ? List.of(name, uid, created, node)
                : List.of(name, uid, created, node, node, startedAt);
        return document.get().appendTo(out, values);
    }

    private synchronized Optional<DocumentTemplate> document(String newline, boolean started) {
        return rendered.computeIfAbsent(newline + started, k -> {
            documentsRendered++;
            List<String> holes = started ? RUNNING_HOLES : PENDING_HOLES;
            Map<String, Object> tree = tree(holes.get(0), holes.get(1), holes.get(2), holes.get(3), started ? holes.get(5) : null);
            if (started) {
                // the node is written twice: in the pinned affinity and as nodeName, each a hole of its own
                @SuppressWarnings("unchecked")
                Map<String, Object> podSpec = (Map<String, Object>) tree.get("spec");
                podSpec.put("nodeName", holes.get(4));
            }
            return Optional.ofNullable(DocumentTemplate.of(tree, holes, newline));
        });
    }

    /** A pod of the revision was rendered from its own tree (its values do not fit the holes, or its tree was changed). */
    synchronized void countRenderedWhole() {
        documentsRendered++;
    }

    /** How many times a pod of the revision was rendered whole: its text with holes, or a pod that could not use it. */
    synchronized int documentsRendered() {
        return documentsRendered;
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

    /** Equal when made from equal DaemonSets: a template is a function of its DaemonSet. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DaemonPodTemplate other && ds.equals(other.ds);
    }

    @Override
    public int hashCode() {
        return ds.hashCode();
    }
}
