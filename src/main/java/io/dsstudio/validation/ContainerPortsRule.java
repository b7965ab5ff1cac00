package io.dsstudio.validation;

import io.dsstudio.domain.Container;
import io.dsstudio.domain.ContainerPort;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.PodSpec;

import java.util.List;

/**
 * Core validateContainerPorts for the fields the model keeps: containerPort in 1–65535, hostPort in 0–65535,
 * protocol TCP/UDP/SCTP, and with hostNetwork a hostPort equal to the containerPort.
 */
final class ContainerPortsRule implements DaemonSetRule {
    static final String CODE = "InvalidContainerPort";
    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final String RANGE = "must be between 1 and 65535, inclusive";

    @Override
    public void check(DaemonSet ds, Problems out) {
        PodSpec spec = ds.template().spec();
        each(spec.containers(), "spec.template.spec.containers", spec.hostNetwork(), out);
        each(spec.initContainers(), "spec.template.spec.initContainers", spec.hostNetwork(), out);
    }

    private static void each(List<Container> containers, String path, boolean hostNetwork, Problems out) {
        for (int i = 0; i < containers.size(); i++) {
            List<ContainerPort> ports = containers.get(i).ports();
            for (int j = 0; j < ports.size(); j++) {
                port(ports.get(j), path + "[" + i + "].ports[" + j + "]", hostNetwork, out);
            }
        }
    }

    private static void port(ContainerPort port, String p, boolean hostNetwork, Problems out) {
        Integer container = port.containerPort();
        if (container == null || container == 0) {
            out.required(CODE, p + ".containerPort", "");
        } else if (container < 1 || container > 65535) {
            out.invalid(CODE, p + ".containerPort", container, RANGE);
        }
        Integer host = port.hostPort();
        if (host != null && host != 0 && (host < 1 || host > 65535)) {
            out.invalid(CODE, p + ".hostPort", host, RANGE);
        }
        if (!PROTOCOLS.contains(port.protocol())) {
            out.notSupported(CODE, p + ".protocol", port.protocol(), PROTOCOLS);
        }
        if (hostNetwork && host != null && host != 0 && container != null && !host.equals(container)) {
            out.invalid(CODE, p + ".hostPort", host, "must match `containerPort` when `hostNetwork` is true");
        }
    }
}
