package io.dsstudio.domain;

import java.util.Comparator;

/** Identifies an object as kubectl does: kind, namespace (null for cluster-scoped kinds) and name. */
public record ObjectRef(String kind, String namespace, String name) {
    public static final Comparator<ObjectRef> ORDER = Comparator
            .comparing(ObjectRef::kind)
            .thenComparing(r -> r.namespace() == null ? "" : r.namespace())
            .thenComparing(r -> r.name() == null ? "" : r.name());

    /** {@code DaemonSet/kube-system/fluentd}, or {@code Node/node-1} without a namespace. */
    @Override
    public String toString() {
        return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
