package io.dsstudio.domain;

/** A container port; {@code hostPort} is null unless set (hostNetwork pods use containerPort as host port). */
public record ContainerPort(String name, Integer containerPort, Integer hostPort, String protocol) {
    public ContainerPort {
        protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
    }
}
