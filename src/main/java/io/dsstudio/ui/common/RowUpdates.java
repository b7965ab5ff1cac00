package io.dsstudio.ui.common;

import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Brings a table's rows to a fresh list by replacing only the rows that changed, when both hold the same keys in the
 * same order (a commit changes a few nodes' rows, not the list): the table then updates only those cells, and keeps
 * its selection and scroll position. Otherwise the rows are replaced at once. A {@link RowList} hears all of it as one
 * change.
 */
public final class RowUpdates {
    private RowUpdates() {
    }

    /** @return how many rows were replaced (all of them when the keys differ) */
    public static <T> int replaceChanged(ObservableList<T> rows, List<T> fresh, Function<T, ?> key) {
        if (rows instanceof RowList<T> batched) {
            int[] changed = new int[1];
            batched.batch(() -> changed[0] = replaceEach(rows, fresh, key));
            return changed[0];
        }
        return replaceEach(rows, fresh, key);
    }

    private static <T> int replaceEach(ObservableList<T> rows, List<T> fresh, Function<T, ?> key) {
        if (rows.size() != fresh.size() || !sameKeys(rows, fresh, key)) {
            rows.setAll(fresh);
            return fresh.size();
        }
        int changed = 0;
        for (int i = 0; i < fresh.size(); i++) {
            if (!rows.get(i).equals(fresh.get(i))) {
                rows.set(i, fresh.get(i));
                changed++;
            }
        }
        return changed;
    }

    private static <T> boolean sameKeys(List<T> rows, List<T> fresh, Function<T, ?> key) {
        for (int i = 0; i < fresh.size(); i++) {
            if (!Objects.equals(key.apply(rows.get(i)), key.apply(fresh.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
