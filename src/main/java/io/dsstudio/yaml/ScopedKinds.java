package io.dsstudio.yaml;

import java.util.Set;

/** Kinds that have no namespace; every other kind gets "default" when the manifest names none, as kubectl does. */
final class ScopedKinds {
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Node", "Namespace", "PersistentVolume", "StorageClass", "PriorityClass", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "APIService", "CSIDriver", "CSINode", "RuntimeClass", "IngressClass", "VolumeAttachment",
            "PodSecurityPolicy", "CertificateSigningRequest", "ComponentStatus", "FlowSchema",
            "PriorityLevelConfiguration");

    private ScopedKinds() {
    }

    static boolean isClusterScoped(String kind) {
        return CLUSTER_SCOPED.contains(kind);
    }
}
