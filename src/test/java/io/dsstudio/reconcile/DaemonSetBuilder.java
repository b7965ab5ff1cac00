package io.dsstudio.reconcile;

import io.dsstudio.domain.Container;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.PodTemplate;
import io.dsstudio.domain.Toleration;
import io.dsstudio.domain.UpdateStrategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dsstudio.reconcile.Fixtures.T0;

/** Builds a {@link DaemonSet} for tests: selector and template labels {@code app=<name>}, uid {@code uid-<name>}. */
public final class DaemonSetBuilder {
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

    DaemonSetBuilder(String name) {
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
