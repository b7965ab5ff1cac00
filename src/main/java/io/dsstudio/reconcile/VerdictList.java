package io.dsstudio.reconcile;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of node verdicts in chunks of 64, so that a copy with one verdict replaced
 * ({@link #with}) copies one chunk and the chunk table instead of every verdict: a one-node edit of a
 * 5,000-node plan then costs about 150 references per DaemonSet instead of 5,000. {@link DaemonSetPlan}
 * keeps it without a defensive copy, as it would a {@code List.copyOf} list.
 */
final class VerdictList extends AbstractList<NodeVerdict> implements RandomAccess {
    private static final int SHIFT = 6;
    private static final int CHUNK = 1 << SHIFT;
    private final NodeVerdict[][] chunks;
    private final int size;

    private VerdictList(NodeVerdict[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    static VerdictList of(List<NodeVerdict> verdicts) {
        int size = verdicts.size();
        NodeVerdict[][] chunks = new NodeVerdict[(size + CHUNK - 1) >>> SHIFT][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c << SHIFT;
            NodeVerdict[] chunk = new NodeVerdict[Math.min(CHUNK, size - from)];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = Objects.requireNonNull(verdicts.get(from + i));
            }
            chunks[c] = chunk;
        }
        return new VerdictList(chunks, size);
    }

    /** This list with the verdict at {@code index} replaced. */
    VerdictList with(int index, NodeVerdict verdict) {
        Objects.checkIndex(index, size);
        NodeVerdict[][] copy = chunks.clone();
        NodeVerdict[] chunk = copy[index >>> SHIFT].clone();
        chunk[index & (CHUNK - 1)] = Objects.requireNonNull(verdict);
        copy[index >>> SHIFT] = chunk;
        return new VerdictList(copy, size);
    }

    @Override
    public NodeVerdict get(int index) {
        Objects.checkIndex(index, size);
        return chunks[index >>> SHIFT][index & (CHUNK - 1)];
    }

    @Override
    public int size() {
        return size;
    }
}
