package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.yaml.ManifestEdit;
import io.dsstudio.yaml.ManifestEditException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
