package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.PodSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dsstudio.reconcile.Fixtures.T0;
import static io.dsstudio.reconcile.Fixtures.fieldTerm;
import static io.dsstudio.reconcile.Fixtures.req;

/** Builds a {@link Pod} for tests. */
public final class PodBuilder {
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

    PodBuilder(String name) {
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
