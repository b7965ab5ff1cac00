package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor texts that were applied, per DaemonSet, newest last. Saving writes a DaemonSet's document as the
 * newest applied text whose spec is the one in the snapshot now (so undo of an apply picks the earlier text, or
 * the file's own when none matches).
 */
public final class AppliedDocuments {
    private SnapshotLoader loader;

    /** Made on first use (on a background thread): its schema would otherwise cost the window's start. */
    private synchronized SnapshotLoader loader() {
        if (loader == null) {
            loader = new SnapshotLoader();
        }
        return loader;
    }
    private final Map<ObjectRef, List<String>> texts = new LinkedHashMap<>();

    public void applied(ObjectRef ref, String text) {
        texts.computeIfAbsent(ref, r -> new ArrayList<>()).add(text);
    }

    /** The text for the DaemonSet as it stands, if one was applied. */
    public Optional<String> textFor(DaemonSet current) {
        List<String> candidates = texts.getOrDefault(current.ref(), List.of());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String text = candidates.get(i);
            LoadedSnapshot read = loader().loadText("applied.yaml", text);
            if (read.snapshot().daemonSets().size() == 1 && sameSpec(read.snapshot().daemonSets().get(0), current)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    public List<ObjectRef> refs() {
        return List.copyOf(texts.keySet());
    }

    static boolean sameSpec(DaemonSet a, DaemonSet b) {
        return a.template().fingerprint().equals(b.template().fingerprint()) && a.selector().equals(b.selector())
                && java.util.Objects.equals(a.updateStrategy(), b.updateStrategy()) && a.minReadySeconds() == b.minReadySeconds()
                && java.util.Objects.equals(a.revisionHistoryLimit(), b.revisionHistoryLimit());
    }
}
