package io.dsstudio.cluster;

import io.dsstudio.domain.ObjectRef;

/**
 * One change the watch reported, already mapped to the domain.
 *
 * @param object the new domain object (ClusterNode, DaemonSet or Pod), or the last known one for DELETED
 */
public record LiveEvent(Type type, ObjectRef ref, Object object) {
    public enum Type { ADDED, MODIFIED, DELETED }
}
