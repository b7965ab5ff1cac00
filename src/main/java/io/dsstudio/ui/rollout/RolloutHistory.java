package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The syncs of the rollout the workspace shows, in order, kept in step with the shown snapshot: executed syncs
 * are appended, Undo and Redo move back and forth along them, an Apply or any other change of the snapshot starts
 * a new rollout. Pure: the dock's view model feeds it every snapshot shown and the chain that led there.
 */
final class RolloutHistory {
    /** One sync; {@code after} is the snapshot after it when the workspace could show it (null inside a run). */
    private record Entry(Snapshot after, Map<String, SyncCounts> counts) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private Snapshot start;
    private int shown;

    /**
     * The workspace shows {@code snapshot}, reached through {@code chain} (null when no sync led there).
     * Returns whether the shown syncs changed.
     */
    boolean show(Snapshot snapshot, SyncChains.Chain chain) {
        if (chain != null) {
            if (current() == chain.first()) {
                entries.subList(shown, entries.size()).clear();
            } else {
                entries.clear();
                start = chain.first();
            }
            List<Map<String, SyncCounts>> syncs = chain.syncs();
            for (int i = 0; i < syncs.size(); i++) {
                entries.add(new Entry(i == syncs.size() - 1 ? chain.last() : null, syncs.get(i)));
            }
            shown = entries.size();
            return true;
        }
        if (snapshot == current()) {
            return false;
        }
        if (snapshot == start) {
            shown = 0;
            return true;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).after() == snapshot) {
                shown = i + 1;
                return true;
            }
        }
        boolean had = shown > 0;
        entries.clear();
        start = snapshot;
        shown = 0;
        return had;
    }

    private Snapshot current() {
        return shown == 0 ? start : entries.get(shown - 1).after();
    }

    /** How many syncs led to the shown snapshot. */
    int size() {
        return shown;
    }

    /** The shown syncs' counts of one DaemonSet, numbered from 1; syncs that did not plan it are left out. */
    List<SyncPoint> series(String daemonSet) {
        List<SyncPoint> out = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            SyncCounts counts = daemonSet == null ? null : entries.get(i).counts().get(daemonSet);
            if (counts != null) {
                out.add(new SyncPoint(i + 1, counts));
            }
        }
        return out;
    }
}
