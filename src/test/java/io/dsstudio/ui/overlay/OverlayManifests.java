package io.dsstudio.ui.overlay;

import io.dsstudio.workspace.SnapshotOpener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Manifests a pull request might bring for the demo cluster, written to files as a user would have them. */
public final class OverlayManifests {
    public static final String NODE_EXPORTER = "monitoring/node-exporter";
    public static final String OLD_IMAGE = "quay.io/prometheus/node-exporter:v1.8.2";
    public static final String NEW_IMAGE = "quay.io/prometheus/node-exporter:v1.9.1";
    public static final String UID = "d63b44ee-6beb-432e-a209-570699f7e443";

    private OverlayManifests() {
    }

    /** The demo's node-exporter DaemonSet document as its snapshot file holds it (generation 2). */
    public static String nodeExporter() {
        try (InputStream in = SnapshotOpener.class.getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            String demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(demo.split("(?m)^---\\s*$")).map(String::strip)
                    .filter(d -> d.contains("kind: DaemonSet") && d.contains("name: node-exporter\n"))
                    .findFirst().orElseThrow() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** node-exporter with a new image, as {@code helm template} writes it: no uid, generation or annotations. */
    public static String imageBump() {
        return nodeExporter().replace(OLD_IMAGE, NEW_IMAGE).replaceAll("(?m)^  (uid|generation|creationTimestamp): .*\\n", "")
                .replace("  annotations:\n    deprecated.daemonset.template.generation: '2'\n", "");
    }

    /** A DaemonSet the demo cluster does not have, on Linux nodes. */
    public static final String NEW_DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: node-problem-detector
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: node-problem-detector}
              template:
                metadata:
                  labels: {app: node-problem-detector}
                spec:
                  nodeSelector: {kubernetes.io/os: linux}
                  tolerations: [{operator: Exists}]
                  containers:
                  - name: npd
                    image: registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.19
            """;

    /** The selector does not match the template's labels (line 11 holds them). */
    public static final String INVALID = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: kube-proxy
              namespace: kube-system
            spec:
              selector:
                matchLabels: {k8s-app: something-else}
              template:
                metadata:
                  labels: {k8s-app: kube-proxy}
                spec:
                  containers:
                  - name: kube-proxy
                    image: registry.k8s.io/kube-proxy:v1.31.1
            """;

    public static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: kube-proxy
              namespace: kube-system
            data: {config.conf: ""}
            """;

    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
