package io.dsstudio.yaml;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array of its own, copied once from the list a parser built it in; {@link YMap} and
 * {@link YSeq} take it as it is. ({@code List.copyOf} of an {@code ArrayList} copies its array twice: the trees of
 * a large snapshot have tens of millions of entries.)
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] items;

    private FrozenList(Object[] items) {
        this.items = items;
    }

    /** The items of {@code building}, which the caller may then clear and reuse. */
    static <E> List<E> copyOf(List<? extends E> building) {
        return building.isEmpty() ? List.of() : new FrozenList<>(building.toArray());
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
