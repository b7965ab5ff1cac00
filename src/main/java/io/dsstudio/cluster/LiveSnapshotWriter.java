package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves the live state as a snapshot the offline mode opens: ordinary multi-document YAML (nodes, DaemonSets,
 * ControllerRevisions, pods), without managedFields, written atomically.
 */
public final class LiveSnapshotWriter {
    private final KubernetesSerialization serialization;
    private final SecretRedactor redactor;

    public LiveSnapshotWriter(KubernetesSerialization serialization, SecretRedactor redactor) {
        this.serialization = serialization;
        this.redactor = redactor;
    }

    public String yaml(LiveState state) {
        List<HasMetadata> all = new ArrayList<>();
        all.addAll(state.nodes());
        all.addAll(state.daemonSets());
        all.addAll(state.revisions());
        all.addAll(state.pods());
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : all) {
            String doc = serialization.asYaml(LiveTrim.trim(object));
            if (doc.startsWith("---\n")) {
                doc = doc.substring(4);
            }
            out.append("---\n").append(doc);
            if (!doc.endsWith("\n")) {
                out.append('\n');
            }
        }
        return redactor.redactKnown(out.toString());
    }

    public void write(LiveState state, Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            Files.writeString(tmp, yaml(state), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LiveException(LiveException.Kind.CONFIG, "cannot write snapshot " + target + ": " + e.getMessage());
        }
    }
}
