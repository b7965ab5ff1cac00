package io.dsstudio.schema;

import java.util.List;
import java.util.Map;

/**
 * Enum values of the fields we check, as the upstream OpenAPI v3 documents list them ("Possible enum values" of the
 * {@code +enum} string types in {@code k8s.io/api/core/v1/types.go}; api/openapi-spec/v3/api__v1_openapi.json and
 * apis__apps__v1_openapi.json in kubernetes/kubernetes). fabric8's model keeps these fields as plain strings, so the
 * values cannot come from it. Left out on purpose: enums that gained values behind feature gates lately
 * (toleration operators, container restart policies, stop signals), and status fields, which the API server sets.
 * An empty string is always accepted: it means unset, and defaulting fills it in.
 */
final class SchemaEnums {
    static final Map<String, List<String>> BY_FIELD = Map.ofEntries(
            // TaintEffect
            Map.entry("Taint.effect", List.of("NoExecute", "NoSchedule", "PreferNoSchedule")),
            Map.entry("Toleration.effect", List.of("NoExecute", "NoSchedule", "PreferNoSchedule")),
            // PullPolicy, TerminationMessagePolicy
            Map.entry("Container.imagePullPolicy", List.of("Always", "IfNotPresent", "Never")),
            Map.entry("Container.terminationMessagePolicy", List.of("FallbackToLogsOnError", "File")),
            // Protocol
            Map.entry("ContainerPort.protocol", List.of("SCTP", "TCP", "UDP")),
            // RestartPolicy, DNSPolicy, PreemptionPolicy
            Map.entry("PodSpec.restartPolicy", List.of("Always", "Never", "OnFailure")),
            Map.entry("PodSpec.dnsPolicy", List.of("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None")),
            Map.entry("PodSpec.preemptionPolicy", List.of("Never", "PreemptLowerPriority")),
            // NodeSelectorOperator
            Map.entry("NodeSelectorRequirement.operator", List.of("DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn")),
            // MountPropagationMode, URIScheme, HostPathType
            Map.entry("VolumeMount.mountPropagation", List.of("Bidirectional", "HostToContainer", "None")),
            Map.entry("HTTPGetAction.scheme", List.of("HTTP", "HTTPS")),
            Map.entry("HostPathVolumeSource.type", List.of("BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate",
                    "File", "FileOrCreate", "Socket")),
            // SeccompProfileType, AppArmorProfileType, ProcMountType
            Map.entry("SeccompProfile.type", List.of("Localhost", "RuntimeDefault", "Unconfined")),
            Map.entry("AppArmorProfile.type", List.of("Localhost", "RuntimeDefault", "Unconfined")),
            Map.entry("SecurityContext.procMount", List.of("Default", "Unmasked")),
            // PodFSGroupChangePolicy
            Map.entry("PodSecurityContext.fsGroupChangePolicy", List.of("Always", "OnRootMismatch")),
            // UnsatisfiableConstraintAction, NodeInclusionPolicy
            Map.entry("TopologySpreadConstraint.whenUnsatisfiable", List.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("TopologySpreadConstraint.nodeAffinityPolicy", List.of("Honor", "Ignore")),
            Map.entry("TopologySpreadConstraint.nodeTaintsPolicy", List.of("Honor", "Ignore")),
            // ResourceResizeRestartPolicy
            Map.entry("ContainerResizePolicy.restartPolicy", List.of("NotRequired", "RestartContainer")),
            // apps/v1 DaemonSetUpdateStrategyType
            Map.entry("apps.DaemonSetUpdateStrategy.type", List.of("OnDelete", "RollingUpdate")));

    private SchemaEnums() {
    }
}
