package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Container;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.PodTemplate;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.Toleration;
import io.dsstudio.domain.UpdateStrategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for nodes, DaemonSets and pods, in the spirit of upstream's newNode/newDaemonSet/newPod. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {
    }

    public static NodeBuilder aNode(String name) {
        return new NodeBuilder(name);
    }

    public static DaemonSetBuilder aDaemonSet(String name) {
        return new DaemonSetBuilder(name);
    }

    public static PodBuilder aPod(String name) {
        return new PodBuilder(name);
    }

    public static NodeSelectorRequirement req(String key, String operator, String... values) {
        return new NodeSelectorRequirement(key, operator, List.of(values));
    }

    public static NodeSelectorTerm term(NodeSelectorRequirement... expressions) {
        return new NodeSelectorTerm(List.of(expressions), List.of());
    }

    public static NodeSelectorTerm fieldTerm(NodeSelectorRequirement... fields) {
        return new NodeSelectorTerm(List.of(), List.of(fields));
    }

    public static final class NodeBuilder {
        private final String name;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final List<Taint> taints = new ArrayList<>();
        private boolean unschedulable;

        private NodeBuilder(String name) {
            this.name = name;
        }

        public NodeBuilder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public NodeBuilder taint(String key, String value, String effect) {
            taints.add(Taint.of(key, value, effect));
            return this;
        }

        public NodeBuilder taint(String key, String effect) {
            return taint(key, "", effect);
        }

        public NodeBuilder unschedulable() {
            unschedulable = true;
            return this;
        }

        public ClusterNode build() {
            ObjectMeta meta = new ObjectMeta(name, null, "node-uid-" + name, labels, Map.of(), List.of(), T0, null, null);
            return new ClusterNode(meta, unschedulable, taints, List.of(), Map.of(), Map.of(), null);
        }
    }

    public static final class DaemonSetBuilder {
        private final String name;
        private String namespace = "default";
        private String apiVersion = "apps/v1";
        private String uid;
        private LabelSelector selector;
        private Map<String, String> templateLabels;
        private final Map<String, String> annotations = new LinkedHashMap<>();
        private final Map<String, String> templateAnnotations = new LinkedHashMap<>();
        private PodSpec spec = PodSpec.empty().withContainers(List.of(new Container("main", "busybox", List.of())));
        private final List<Toleration> tolerations = new ArrayList<>();
        private UpdateStrategy strategy = UpdateStrategy.defaultRollingUpdate();
        private int minReadySeconds;
        private Instant deletion;
        private Long templateGeneration;
        private String fingerprint;

        private DaemonSetBuilder(String name) {
            this.name = name;
            this.uid = "uid-" + name;
            this.templateLabels = Map.of("app", name);
            this.selector = LabelSelector.ofLabels(templateLabels);
            this.fingerprint = "template-of-" + name;
        }

        public DaemonSetBuilder namespace(String ns) {
            namespace = ns;
            return this;
        }

        public DaemonSetBuilder apiVersion(String version) {
            apiVersion = version;
            return this;
        }

        public DaemonSetBuilder uid(String value) {
            uid = value;
            return this;
        }

        public DaemonSetBuilder selector(LabelSelector value) {
            selector = value;
            return this;
        }

        public DaemonSetBuilder templateLabels(Map<String, String> labels) {
            templateLabels = labels;
            return this;
        }

        public DaemonSetBuilder nodeSelector(String key, String value) {
            Map<String, String> merged = new LinkedHashMap<>(spec.nodeSelector());
            merged.put(key, value);
            spec = spec.withNodeSelector(merged);
            return this;
        }

        public DaemonSetBuilder nodeName(String node) {
            spec = spec.withNodeName(node);
            return this;
        }

        public DaemonSetBuilder requiredAffinity(NodeSelectorTerm... terms) {
            spec = spec.withAffinity(NodeAffinity.required(List.of(terms)));
            return this;
        }

        public DaemonSetBuilder toleration(String key, String operator, String value, String effect) {
            tolerations.add(new Toleration(key, operator, value, effect, null));
            return this;
        }

        public DaemonSetBuilder tolerateAll() {
            return toleration("", Toleration.EXISTS, "", "");
        }

        public DaemonSetBuilder hostNetwork() {
            spec = spec.withHostNetwork(true);
            return this;
        }

        public DaemonSetBuilder generation(long generation) {
            annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(generation));
            return this;
        }

        public DaemonSetBuilder templateGeneration(long generation) {
            templateGeneration = generation;
            return this;
        }

        public DaemonSetBuilder annotation(String key, String value) {
            annotations.put(key, value);
            return this;
        }

        public DaemonSetBuilder templateAnnotation(String key, String value) {
            templateAnnotations.put(key, value);
            return this;
        }

        public DaemonSetBuilder fingerprint(String value) {
            fingerprint = value;
            return this;
        }

        public DaemonSetBuilder rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
            strategy = UpdateStrategy.rollingUpdate(maxUnavailable, maxSurge);
            return this;
        }

        public DaemonSetBuilder maxUnavailable(int value) {
            return rollingUpdate(IntOrString.of(value), IntOrString.of(0));
        }

        public DaemonSetBuilder maxSurge(int value) {
            return rollingUpdate(IntOrString.of(0), IntOrString.of(value));
        }

        public DaemonSetBuilder onDelete() {
            strategy = new UpdateStrategy(UpdateStrategy.ON_DELETE, null, null);
            return this;
        }

        public DaemonSetBuilder minReadySeconds(int seconds) {
            minReadySeconds = seconds;
            return this;
        }

        public DaemonSetBuilder deleting() {
            deletion = T0;
            return this;
        }

        public DaemonSet build() {
            ObjectMeta meta = new ObjectMeta(name, namespace, uid, Map.of(), annotations, List.of(), T0, deletion, 1L);
            PodTemplate template = new PodTemplate(templateLabels, templateAnnotations, spec.withTolerations(tolerations),
                    fingerprint, Map.of());
            return new DaemonSet(apiVersion, meta, selector, template, strategy, minReadySeconds, 10, templateGeneration);
        }
    }

    public static final class PodBuilder {
        private final String name;
        private String namespace = "default";
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final List<OwnerReference> owners = new ArrayList<>();
        private String nodeName = "";
        private NodeAffinity affinity;
        private String phase = "Running";
        private final List<PodCondition> conditions = new ArrayList<>();
        private Instant created = T0;
        private Instant deletion;

        private PodBuilder(String name) {
            this.name = name;
        }

        /** Owned by {@code ds} as its controller, with its template labels. */
        public PodBuilder of(DaemonSet ds) {
            namespace = ds.meta().namespace();
            labels.putAll(ds.template().labels());
            owners.add(new OwnerReference("apps/v1", "DaemonSet", ds.meta().name(), ds.meta().uid(), true));
            return this;
        }

        /** Matching {@code ds}'s labels but without an owner. */
        public PodBuilder orphanFor(DaemonSet ds) {
            namespace = ds.meta().namespace();
            labels.putAll(ds.template().labels());
            return this;
        }

        public PodBuilder namespace(String ns) {
            namespace = ns;
            return this;
        }

        public PodBuilder ownedBy(String kind, String ownerName, String uid) {
            owners.add(new OwnerReference("apps/v1", kind, ownerName, uid, true));
            return this;
        }

        public PodBuilder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public PodBuilder withoutLabel(String key) {
            labels.remove(key);
            return this;
        }

        public PodBuilder generation(long generation) {
            return label(Pod.TEMPLATE_GENERATION_LABEL, Long.toString(generation));
        }

        public PodBuilder hash(String hash) {
            return label(Pod.REVISION_HASH_LABEL, hash);
        }

        /** Bound to the node (spec.nodeName). */
        public PodBuilder on(String node) {
            nodeName = node;
            return this;
        }

        /** Not yet bound: targets the node through matchFields, as the controller creates pods. */
        public PodBuilder unboundFor(String node) {
            affinity = NodeAffinity.required(List.of(fieldTerm(req("metadata.name", "In", node))));
            return this;
        }

        public PodBuilder phase(String value) {
            phase = value;
            return this;
        }

        public PodBuilder ready(Instant since) {
            conditions.add(new PodCondition("Ready", "True", since));
            return this;
        }

        public PodBuilder ready() {
            return ready(T0);
        }

        public PodBuilder notReady() {
            conditions.add(new PodCondition("Ready", "False", T0));
            return this;
        }

        public PodBuilder created(Instant when) {
            created = when;
            return this;
        }

        public PodBuilder deleting() {
            deletion = T0;
            return this;
        }

        public Pod build() {
            ObjectMeta meta = new ObjectMeta(name, namespace, "pod-uid-" + name, labels, Map.of(), owners, created, deletion, null);
            PodSpec spec = PodSpec.empty().withNodeName(nodeName).withAffinity(affinity);
            return new Pod(meta, spec, phase, conditions);
        }
    }
}
