package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.ObjectOverlay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Manifests laid over the open snapshot (File ▸ Open manifests over this snapshot…), staged like any edit: applying
 * it puts the worked-out objects ({@link ObjectOverlay.Outcome}) in place of the ones they replace and adds the
 * created ones. Committed as a {@link SnapshotCommand} (it is not a node edit the autosave journal can replay).
 *
 * @param files what was opened, as the user named it (for the edit's description)
 */
public record ManifestOverlayEdit(List<String> files, ObjectOverlay.Outcome outcome) implements NodeEdit {
    public ManifestOverlayEdit {
        files = List.copyOf(files);
    }

    @Override
    public Set<String> nodes() {
        Set<String> names = new LinkedHashSet<>();
        outcome.objects().nodes().forEach(n -> names.add(n.name()));
        return names;
    }

    @Override
    public ClusterNode applyTo(ClusterNode node) {
        return outcome.objects().nodes().stream().filter(n -> n.name().equals(node.name())).findFirst().orElse(node);
    }

    @Override
    public Snapshot applyTo(Snapshot snapshot) {
        return outcome.over(snapshot);
    }

    @Override
    public String descriptionKey() {
        return "overlay.edit";
    }

    /** Objects replaced, objects created, and the first file's name with how many more files there are. */
    @Override
    public List<Object> descriptionArgs() {
        String first = files.isEmpty() ? "" : java.nio.file.Path.of(files.get(0)).getFileName().toString();
        return List.of(outcome.replaced().size(), outcome.created().size(), first, Math.max(0, files.size() - 1));
    }
}
