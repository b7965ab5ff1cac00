package io.dsstudio.ui.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.validation.LegacyAffinityMigration;
import io.dsstudio.yaml.ManifestEdit;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.ManifestEditor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits of the buffer by field path, spliced into its text by {@link ManifestEditor} (which verifies the result):
 * everything the edit does not touch, comments included, stays as typed.
 */
public final class BufferEdits {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEGACY_PATH = "spec.template.metadata.annotations[" + DaemonSet.LEGACY_AFFINITY_ANNOTATION + "]";

    private final ManifestEditor editor = new ManifestEditor();

    /** The buffer with {@code edits} applied; the analysis must hold a DaemonSet. */
    public String apply(BufferAnalysis analysis, List<ManifestEdit> edits) throws ManifestEditException {
        if (analysis.source() == null) {
            throw new ManifestEditException("the buffer holds no DaemonSet to edit");
        }
        return editor.apply(analysis.source(), edits);
    }

    /**
     * Moves the legacy alpha affinity annotation into {@code spec.template.spec.affinity} (the annotation's JSON is
     * an Affinity), or empty when the buffer has no such annotation or it is not a JSON Affinity.
     */
    public Optional<String> migrateLegacyAffinity(BufferAnalysis analysis) throws ManifestEditException {
        if (analysis.edited() == null) {
            return Optional.empty();
        }
        String value = LegacyAffinityMigration.annotation(analysis.edited());
        if (value == null || !(LegacyAffinityMigration.migrate(value) instanceof LegacyAffinityMigration.Migrated)) {
            return Optional.empty();
        }
        Map<String, Object> affinity;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = JSON.readValue(value, LinkedHashMap.class);
            affinity = read;
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
        return Optional.of(apply(analysis, List.of(ManifestEdit.remove(LEGACY_PATH),
                ManifestEdit.set("spec.template.spec.affinity", affinity))));
    }
}
