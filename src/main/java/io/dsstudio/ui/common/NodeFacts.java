package io.dsstudio.ui.common;

import io.dsstudio.domain.ClusterNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the views show about a node, read from its labels, conditions and nodeInfo. */
public final class NodeFacts {
    public static final String ZONE_LABEL = "topology.kubernetes.io/zone";
    public static final String INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type";
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    private NodeFacts() {
    }

    /** Ready / NotReady / Unknown, from the Ready condition. */
    public static NodeStatus status(ClusterNode node) {
        return switch (node.readyStatus()) {
            case "True" -> NodeStatus.READY;
            case "False" -> NodeStatus.NOT_READY;
            default -> NodeStatus.UNKNOWN;
        };
    }

    public static String roles(ClusterNode node) {
        TreeSet<String> roles = new TreeSet<>();
        for (String key : node.labels().keySet()) {
            if (key.startsWith(ROLE_PREFIX) && key.length() > ROLE_PREFIX.length()) {
                roles.add(key.substring(ROLE_PREFIX.length()));
            }
        }
        return String.join(",", roles);
    }

    public static String label(ClusterNode node, String key) {
        return node.labels().getOrDefault(key, "");
    }

    public static String archOs(ClusterNode node) {
        Map<String, String> labels = node.labels();
        String arch = node.info().architecture().isEmpty() ? labels.getOrDefault("kubernetes.io/arch", "") : node.info().architecture();
        String os = node.info().operatingSystem().isEmpty() ? labels.getOrDefault("kubernetes.io/os", "") : node.info().operatingSystem();
        return arch + "/" + os;
    }

    public static String taints(ClusterNode node) {
        List<String> parts = node.taints().stream().map(Object::toString).toList();
        return String.join(", ", parts);
    }

    /** kubectl's short age: 45s, 12m, 5h, 97d. */
    public static String age(Instant created, Instant now) {
        if (created == null) {
            return "";
        }
        Duration age = Duration.between(created, now);
        if (age.isNegative()) {
            return "0s";
        }
        if (age.toDays() > 0) {
            return age.toDays() + "d";
        }
        if (age.toHours() > 0) {
            return age.toHours() + "h";
        }
        if (age.toMinutes() > 0) {
            return age.toMinutes() + "m";
        }
        return age.toSeconds() + "s";
    }
}
