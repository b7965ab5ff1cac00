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
 *
 * <p>A list built by {@link #ofFits} stores the name-free {@link NodeFit.Fit} of each node (shared by all
 * nodes with the same placement signature) and the node names by position, and builds the
 * {@link NodeVerdict} when it is read: a plan then does not allocate a verdict object per node and
 * DaemonSet. Reads return equal verdicts either way.
 */
final class VerdictList extends AbstractList<NodeVerdict> implements RandomAccess {
    private static final int SHIFT = 6;
    private static final int CHUNK = 1 << SHIFT;
    private final Object[][] chunks;        // each element a NodeVerdict or a NodeFit.Fit
    private final String[] names;           // node names by position, for Fit elements (null when there are none)
    private final int size;

    private VerdictList(Object[][] chunks, String[] names, int size) {
        this.chunks = chunks;
        this.names = names;
        this.size = size;
    }

    static VerdictList of(List<NodeVerdict> verdicts) {
        int size = verdicts.size();
        Object[][] chunks = new Object[(size + CHUNK - 1) >>> SHIFT][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c << SHIFT;
            Object[] chunk = new Object[Math.min(CHUNK, size - from)];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = Objects.requireNonNull(verdicts.get(from + i));
            }
            chunks[c] = chunk;
        }
        return new VerdictList(chunks, null, size);
    }

    /**
     * The verdicts {@code fits[i].forNode(names[i])}; neither array may change afterwards ({@code names} is
     * kept, {@code fits} copied).
     */
    static VerdictList ofFits(NodeFit.Fit[] fits, String[] names) {
        if (fits.length != names.length) {
            throw new IllegalArgumentException(fits.length + " fits for " + names.length + " names");
        }
        int size = fits.length;
        Object[][] chunks = new Object[(size + CHUNK - 1) >>> SHIFT][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c << SHIFT;
            Object[] chunk = new Object[Math.min(CHUNK, size - from)];
            System.arraycopy(fits, from, chunk, 0, chunk.length);
            chunks[c] = chunk;
        }
        for (Object[] chunk : chunks) {
            for (Object fit : chunk) {
                Objects.requireNonNull(fit);
            }
        }
        return new VerdictList(chunks, names, size);
    }

    /** This list with the verdict at {@code index} replaced. */
    VerdictList with(int index, NodeVerdict verdict) {
        Objects.checkIndex(index, size);
        Object[][] copy = chunks.clone();
        Object[] chunk = copy[index >>> SHIFT].clone();
        chunk[index & (CHUNK - 1)] = Objects.requireNonNull(verdict);
        copy[index >>> SHIFT] = chunk;
        return new VerdictList(copy, names, size);
    }

    @Override
    public NodeVerdict get(int index) {
        Objects.checkIndex(index, size);
        Object o = chunks[index >>> SHIFT][index & (CHUNK - 1)];
        return o instanceof NodeVerdict v ? v : ((NodeFit.Fit) o).forNode(names[index]);
    }

    /** {@code get(index).shouldRun()} without building the verdict. */
    boolean shouldRun(int index) {
        Objects.checkIndex(index, size);
        Object o = chunks[index >>> SHIFT][index & (CHUNK - 1)];
        return o instanceof NodeVerdict v ? v.shouldRun() : ((NodeFit.Fit) o).shouldRun();
    }

    /** {@code verdicts.get(index).shouldRun()}, without building a verdict when the list is a VerdictList. */
    static boolean shouldRun(List<NodeVerdict> verdicts, int index) {
        return verdicts instanceof VerdictList v ? v.shouldRun(index) : verdicts.get(index).shouldRun();
    }

    @Override
    public int size() {
        return size;
    }
}
