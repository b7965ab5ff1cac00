package io.dsstudio.domain;

import java.util.List;

public record Container(String name, String image, List<ContainerPort> ports) {
    public Container {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }
}
