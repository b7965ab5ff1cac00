package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.yaml.Canonical;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEdit;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buffer's DaemonSet ready for {@code kubectl apply -f}: what the server owns (status, uid, resourceVersion,
 * generation, creationTimestamp, managedFields, the template generation and last-applied annotations) removed by
 * splicing, so the rest of the text, comments included, stays as typed.
 */
public final class ExportText {
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final List<String> SERVER_FIELDS = List.of("uid", "resourceVersion", "generation", "creationTimestamp",
            "managedFields", "selfLink");

    private ExportText() {
    }

    /**
     * An applied editor text as the object to send by server-side apply: the same export (server-owned fields
     * removed), as JSON. Empty when the text holds no single readable DaemonSet.
     */
    public static Optional<String> manifestJson(String text) {
        try {
            SnapshotLoader loader = new SnapshotLoader();
            LoadedSnapshot read = loader.loadText(BufferAnalyzer.DISPLAY_PATH, text);
            if (read.snapshot().daemonSets().size() != 1) {
                return Optional.empty();
            }
            DaemonSet ds = read.snapshot().daemonSets().get(0);
            String exported = of(new BufferAnalysis(text, ds, read.source(ds.ref()), read.snapshot(), List.of()));
            LoadedSnapshot stripped = loader.loadText(BufferAnalyzer.DISPLAY_PATH, exported);
            KubeObject object = stripped.snapshot().daemonSets().size() == 1
                    ? stripped.source(stripped.snapshot().daemonSets().get(0).ref()) : null;
            return object == null ? Optional.empty() : Optional.of(Canonical.json(object.root().toPlain()));
        } catch (ManifestEditException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    public static String of(BufferAnalysis analysis) throws ManifestEditException {
        if (analysis.source() == null) {
            throw new ManifestEditException("the buffer holds no DaemonSet");
        }
        Map<String, Object> tree = analysis.source().root().toPlain();
        List<ManifestEdit> edits = new ArrayList<>();
        if (tree.containsKey("status")) {
            edits.add(ManifestEdit.remove("status"));
        }
        Object metadata = tree.get("metadata");
        if (metadata instanceof Map<?, ?> meta) {
            for (String field : SERVER_FIELDS) {
                if (meta.containsKey(field)) {
                    edits.add(ManifestEdit.remove("metadata." + field));
                }
            }
            if (meta.get("annotations") instanceof Map<?, ?> annotations) {
                int removed = 0;
                for (String key : List.of(DaemonSet.GENERATION_ANNOTATION, LAST_APPLIED)) {
                    if (annotations.containsKey(key)) {
                        edits.add(ManifestEdit.remove("metadata.annotations[" + key + "]"));
                        removed++;
                    }
                }
                if (removed > 0 && removed == annotations.size()) {
                    edits.removeIf(e -> e.path().startsWith("metadata.annotations["));
                    edits.add(ManifestEdit.remove("metadata.annotations"));
                }
            }
        }
        return edits.isEmpty() ? analysis.text() : new BufferEdits().apply(analysis, edits);
    }
}
