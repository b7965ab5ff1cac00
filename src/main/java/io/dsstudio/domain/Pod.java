package io.dsstudio.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Pod: what claiming, placement, status and rolling updates read. Immutable, with the value semantics of a
 * record over {@code (meta, spec, phase, conditions)}.
 *
 * <p>Not a record because it also keeps, as plain fields computed once when the pod is built, the facts a
 * plan reads from every pod (controller UID, target node, Ready condition, template generation and revision
 * hash labels, deletion and terminal state). A plan of a large cluster reads them from hundreds of thousands
 * of pods; read through the object graph each time, they cost a cache miss per object on the way.
 */
public final class Pod {
    public static final String KIND = "Pod";
    public static final String TEMPLATE_GENERATION_LABEL = "pod-template-generation";
    public static final String REVISION_HASH_LABEL = "controller-revision-hash";
    private static final long MAX_SECOND = Instant.MAX.getEpochSecond();

    // The facts a plan reads from every pod come first: HotSpot lays out reference fields in declaration order
    // (after the primitives), so these fit in the object's first 64 bytes.
    private final Object[] labelArray;          // the arrays of the labels when they are a CompactOrderedMap, else null
    private final int[] labelIndex;
    private final String namespace;
    private final String controllerUid;
    private final String targetNodeName;
    private final String revisionHash;
    private final int[] labelHashes;
    private final long readySinceSecond;        // the Ready condition's lastTransitionTime, unboxed
    private final int readySinceNano;
    private final long templateGeneration;      // the generation label's value when it is a canonical decimal
    private final boolean hasTemplateGeneration;
    private final boolean hasReadySince;
    private final boolean ready;
    private final boolean beingDeleted;
    private final boolean terminal;
    private final ObjectMeta meta;
    private final PodSpec spec;
    private final String phase;
    private final List<PodCondition> conditions;
    private final PodCondition readyCondition;

    public Pod(ObjectMeta meta, PodSpec spec, String phase, List<PodCondition> conditions) {
        this.meta = meta;
        this.spec = spec;
        this.phase = phase == null ? "" : phase;
        this.conditions = conditions == null ? List.of() : List.copyOf(conditions);
        Map<String, String> labels = meta == null ? Map.of() : meta.labels();
        if (labels instanceof CompactOrderedMap<String, String> compact) {
            this.labelArray = compact.keysAndValues();
            this.labelHashes = compact.hashes();
            this.labelIndex = compact.index();
        } else {
            this.labelArray = null;
            this.labelHashes = null;
            this.labelIndex = null;
        }
        this.namespace = meta == null ? null : meta.namespace();
        OwnerReference controller = meta == null ? null : controllerOf(meta);
        this.controllerUid = controller == null ? null : controller.uid() == null ? "" : controller.uid();
        this.targetNodeName = spec == null ? null : targetNodeNameOf(spec);
        this.readyCondition = readyConditionOf(this.conditions);
        this.ready = readyCondition != null && "True".equals(readyCondition.status());
        Instant readySince = readyCondition == null ? null : readyCondition.lastTransitionTime();
        this.hasReadySince = readySince != null;
        this.readySinceSecond = readySince == null ? 0 : readySince.getEpochSecond();
        this.readySinceNano = readySince == null ? 0 : readySince.getNano();
        Long generation = CanonicalLong.parse(labels.get(TEMPLATE_GENERATION_LABEL));
        this.templateGeneration = generation == null ? 0 : generation;
        this.hasTemplateGeneration = generation != null;
        this.revisionHash = labels.get(REVISION_HASH_LABEL);
        this.beingDeleted = meta != null && meta.isBeingDeleted();
        this.terminal = "Failed".equals(this.phase) || "Succeeded".equals(this.phase);
    }

    public ObjectMeta meta() {
        return meta;
    }

    public PodSpec spec() {
        return spec;
    }

    public String phase() {
        return phase;
    }

    public List<PodCondition> conditions() {
        return conditions;
    }

    public String name() {
        return meta.name();
    }

    /** {@code meta().namespace()}. */
    public String namespace() {
        return namespace;
    }

    /** {@code meta().labels()}. */
    public Map<String, String> labels() {
        return meta == null ? Map.of() : meta.labels();
    }

    /** {@code labels().get(key)}, read without going through the map object. */
    public String label(String key) {
        return labelArray == null ? labels().get(key) : (String) CompactOrderedMap.get(labelArray, labelHashes, labelIndex, key);
    }

    public ObjectRef ref() {
        return new ObjectRef(KIND, meta.namespace(), meta.name());
    }

    /** {@code meta().isBeingDeleted()}. */
    public boolean isBeingDeleted() {
        return beingDeleted;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /**
     * The UID of the ownerReference with {@code controller: true} ("" when that reference has no UID, as Go
     * compares a missing string), or null when the pod has no controller.
     */
    public String controllerUid() {
        return controllerUid;
    }

    /** The Ready condition, if the pod reports one. */
    public PodCondition readyCondition() {
        return readyCondition;
    }

    public boolean isReady() {
        return ready;
    }

    /**
     * podutil IsPodAvailable: Ready, and when {@code minReadySeconds} is positive, Ready since a time
     * {@code t} with {@code t + minReadySeconds} before {@code now}.
     */
    public boolean isAvailable(int minReadySeconds, Instant now) {
        if (!ready) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        if (!hasReadySince) {
            return false;
        }
        long until = readySinceSecond + minReadySeconds;
        if (minReadySeconds < 0 || until > MAX_SECOND) {
            return readyCondition.lastTransitionTime().plusSeconds(minReadySeconds).isBefore(now);     // rare: as Instant does it (may throw)
        }
        // readySince.plusSeconds(minReadySeconds).isBefore(now), without the Instant
        return until < now.getEpochSecond() || until == now.getEpochSecond() && readySinceNano < now.getNano();
    }

    /** Whether the {@value #TEMPLATE_GENERATION_LABEL} label is the decimal form of {@code generation}. */
    public boolean hasTemplateGeneration(long generation) {
        return hasTemplateGeneration && templateGeneration == generation;
    }

    /** The {@value #REVISION_HASH_LABEL} label, or null. */
    public String revisionHash() {
        return revisionHash;
    }

    /**
     * The node the pod runs on or is meant for (DU GetTargetNodeName): spec.nodeName, else the single value of
     * the first {@code matchFields metadata.name In [x]} of its required node affinity; null for neither.
     */
    public String targetNodeName() {
        return targetNodeName;
    }

    public Pod withMeta(ObjectMeta newMeta) {
        return new Pod(newMeta, spec, phase, conditions);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pod p && Objects.equals(meta, p.meta) && Objects.equals(spec, p.spec)
                && phase.equals(p.phase) && conditions.equals(p.conditions);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(meta) * 31 + Objects.hashCode(spec)) * 31 + phase.hashCode()) * 31 + conditions.hashCode();
    }

    @Override
    public String toString() {
        return "Pod[meta=" + meta + ", spec=" + spec + ", phase=" + phase + ", conditions=" + conditions + "]";
    }

    private static OwnerReference controllerOf(ObjectMeta meta) {
        for (OwnerReference ref : meta.ownerReferences()) {
            if (ref.controller()) {
                return ref;
            }
        }
        return null;
    }

    private static PodCondition readyConditionOf(List<PodCondition> conditions) {
        for (PodCondition c : conditions) {
            if ("Ready".equals(c.type())) {
                return c;
            }
        }
        return null;
    }

    private static String targetNodeNameOf(PodSpec spec) {
        if (!spec.nodeName().isEmpty()) {
            return spec.nodeName();
        }
        NodeAffinity affinity = spec.affinity();
        if (affinity == null || affinity.requiredTerms() == null) {
            return null;
        }
        for (NodeSelectorTerm term : affinity.requiredTerms()) {
            for (NodeSelectorRequirement field : term.matchFields()) {
                if ("metadata.name".equals(field.key()) && "In".equals(field.operator()) && field.values().size() == 1) {
                    return field.values().get(0);
                }
            }
        }
        return null;
    }
}
