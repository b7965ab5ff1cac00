package io.dsstudio.domain;

import java.util.List;
import java.util.Map;

/**
 * The parts of a PodSpec that placement, status and validation read.
 *
 * @param affinity                  required node affinity, or null when the pod has no node affinity
 * @param ephemeralContainerCount   only validated (templates must have none)
 */
public record PodSpec(String nodeName, Map<String, String> nodeSelector, NodeAffinity affinity,
                      List<Toleration> tolerations, boolean hostNetwork,
                      List<Container> containers, List<Container> initContainers,
                      String restartPolicy, Long activeDeadlineSeconds, int ephemeralContainerCount,
                      String priorityClassName) {

    public PodSpec {
        nodeName = nodeName == null ? "" : nodeName;
        nodeSelector = nodeSelector == null ? Map.of() : Collections2.copyOrdered(nodeSelector);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        containers = containers == null ? List.of() : List.copyOf(containers);
        initContainers = initContainers == null ? List.of() : List.copyOf(initContainers);
        restartPolicy = restartPolicy == null || restartPolicy.isEmpty() ? "Always" : restartPolicy;
    }

    public static PodSpec empty() {
        return new PodSpec("", Map.of(), null, List.of(), false, List.of(), List.of(), "Always", null, 0, null);
    }

    public PodSpec withNodeName(String name) {
        return new PodSpec(name, nodeSelector, affinity, tolerations, hostNetwork, containers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }

    public PodSpec withNodeSelector(Map<String, String> selector) {
        return new PodSpec(nodeName, selector, affinity, tolerations, hostNetwork, containers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }

    public PodSpec withAffinity(NodeAffinity newAffinity) {
        return new PodSpec(nodeName, nodeSelector, newAffinity, tolerations, hostNetwork, containers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }

    public PodSpec withTolerations(List<Toleration> newTolerations) {
        return new PodSpec(nodeName, nodeSelector, affinity, newTolerations, hostNetwork, containers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }

    public PodSpec withHostNetwork(boolean value) {
        return new PodSpec(nodeName, nodeSelector, affinity, tolerations, value, containers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }

    public PodSpec withContainers(List<Container> newContainers) {
        return new PodSpec(nodeName, nodeSelector, affinity, tolerations, hostNetwork, newContainers, initContainers,
                restartPolicy, activeDeadlineSeconds, ephemeralContainerCount, priorityClassName);
    }
}
