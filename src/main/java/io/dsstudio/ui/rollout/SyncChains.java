package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.SyncResult;
import io.dsstudio.workspace.EmbeddedController;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Collects the syncs the embedded controller runs (on its background thread), chained by the snapshot each one
 * continued from, until the workspace shows a chain's last snapshot: a Step is a chain of one, a Run to end or a
 * run of waves a chain of many, an editor's Apply starts a chain of its own. Only counts are kept per sync, and
 * the first and last snapshot of each chain; results nobody executes (dropped as stale) age out.
 */
final class SyncChains implements EmbeddedController.SyncListener {
    private static final int KEPT = 4;

    /**
     * The syncs from {@code first} to {@code last}, in order.
     *
     * @param first the snapshot the chain's first sync continued from
     * @param last  the snapshot after its last sync
     */
    record Chain(Snapshot first, Snapshot last, List<Map<String, SyncCounts>> syncs) {
        Chain {
            syncs = List.copyOf(syncs);
        }
    }

    private static final class Growing {
        final Snapshot first;
        Snapshot last;
        final List<Map<String, SyncCounts>> syncs = new ArrayList<>();

        Growing(Snapshot first) {
            this.first = first;
        }
    }

    private final Deque<Growing> chains = new ArrayDeque<>();

    @Override
    public void synced(Snapshot from, SyncResult result) {
        Map<String, SyncCounts> counts = SyncCounts.perDaemonSet(result.plan());
        Snapshot after = result.after().snapshot();
        synchronized (this) {
            Growing tail = chains.peekLast();
            if (tail == null || tail.last != from) {
                tail = new Growing(from);
                chains.addLast(tail);
                if (chains.size() > KEPT) {
                    chains.removeFirst();
                }
            }
            tail.syncs.add(counts);
            tail.last = after;
        }
    }

    /** The chain that ends in {@code shown}, or null; it and every older chain are let go. */
    synchronized Chain take(Snapshot shown) {
        Growing found = null;
        for (Iterator<Growing> it = chains.descendingIterator(); it.hasNext(); ) {
            Growing chain = it.next();
            if (chain.last == shown) {
                found = chain;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        while (!chains.isEmpty()) {
            if (chains.removeFirst() == found) {
                break;
            }
        }
        return new Chain(found.first, found.last, found.syncs);
    }
}
