package io.dsstudio.domain;

import java.util.List;

/** A Pod: what claiming, placement, status and rolling updates read. */
public record Pod(ObjectMeta meta, PodSpec spec, String phase, List<PodCondition> conditions) {
    public static final String KIND = "Pod";
    public static final String TEMPLATE_GENERATION_LABEL = "pod-template-generation";
    public static final String REVISION_HASH_LABEL = "controller-revision-hash";

    public Pod {
        phase = phase == null ? "" : phase;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public String name() {
        return meta.name();
    }

    public ObjectRef ref() {
        return new ObjectRef(KIND, meta.namespace(), meta.name());
    }

    public boolean isTerminal() {
        return "Failed".equals(phase) || "Succeeded".equals(phase);
    }

    /** The Ready condition, if the pod reports one. */
    public PodCondition readyCondition() {
        return conditions.stream().filter(c -> "Ready".equals(c.type())).findFirst().orElse(null);
    }

    public boolean isReady() {
        PodCondition ready = readyCondition();
        return ready != null && "True".equals(ready.status());
    }

    /**
     * The node the pod runs on or is meant for (DU GetTargetNodeName): spec.nodeName, else the single value of
     * the first {@code matchFields metadata.name In [x]} of its required node affinity; null for neither.
     */
    public String targetNodeName() {
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

    public Pod withMeta(ObjectMeta newMeta) {
        return new Pod(newMeta, spec, phase, conditions);
    }
}
