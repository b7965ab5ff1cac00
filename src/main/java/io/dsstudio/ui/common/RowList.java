package io.dsstudio.ui.common;

import javafx.collections.ModifiableObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * An observable list whose {@link #batch} makes many edits one change: listeners hear once with every replaced row,
 * so a view that re-lays out or re-indexes on a change does it once per update, not once per row.
 */
public final class RowList<T> extends ModifiableObservableListBase<T> {
    private final List<T> rows = new ArrayList<>();

    /** Runs {@code edits} (set, add, remove on this list) as one change. */
    public void batch(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        rows.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return rows.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return rows.remove(index);
    }
}
