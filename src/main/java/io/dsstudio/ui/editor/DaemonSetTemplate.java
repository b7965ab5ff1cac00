package io.dsstudio.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The starting points File ▸ New DaemonSet offers. */
public enum DaemonSetTemplate {
    ALL_NODES("template.allNodes", "all-nodes.yaml"),
    LINUX_ONLY("template.linuxOnly", "linux-only.yaml"),
    GPU_POOL("template.gpuPool", "gpu-pool.yaml"),
    TOLERATE_ALL("template.tolerateAll", "tolerate-all.yaml");

    private final String messageKey;
    private final String resource;

    DaemonSetTemplate(String messageKey, String resource) {
        this.messageKey = messageKey;
        this.resource = resource;
    }

    public String messageKey() {
        return messageKey;
    }

    public String text() {
        try (InputStream in = DaemonSetTemplate.class.getResourceAsStream("templates/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
