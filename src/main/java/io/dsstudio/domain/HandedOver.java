package io.dsstudio.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Maps and sets their only writer has handed over and no longer changes, read-only from here on. A record that
 * holds one takes it as it is ({@link #held}) instead of copying it: a large snapshot's map of sources and the
 * created pods of a long rollout have hundreds of thousands of entries, and copying them cost a second or so of a
 * single thread's time each time.
 */
public final class HandedOver {
    private HandedOver() {
    }

    /** {@code built}, which its builder must no longer change or keep, as a read-only map. */
    public static <K, V> Map<K, V> map(Map<K, V> built) {
        return built instanceof ReadOnlyMap<K, V> ? built : new ReadOnlyMap<>(built);
    }

    /** {@code built}, which its builder must no longer change or keep, as a read-only set. */
    public static <T> Set<T> set(Set<T> built) {
        return built instanceof ReadOnlySet<T> ? built : new ReadOnlySet<>(built);
    }

    /** What a record holds: a handed-over map as it is, any other one copied. */
    public static <K, V> Map<K, V> held(Map<K, V> map) {
        return map instanceof ReadOnlyMap<K, V> ? map : Map.copyOf(map);
    }

    /** What a record holds: a handed-over set as it is, any other one copied. */
    public static <T> Set<T> held(Set<T> set) {
        return set instanceof ReadOnlySet<T> ? set : Set.copyOf(set);
    }

    private static final class ReadOnlyMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> view;

        ReadOnlyMap(Map<K, V> built) {
            this.view = Collections.unmodifiableMap(built);
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return view.entrySet();
        }

        @Override
        public V get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view.containsKey(key);
        }

        @Override
        public int size() {
            return view.size();
        }
    }

    private static final class ReadOnlySet<T> extends AbstractSet<T> {
        private final Set<T> view;

        ReadOnlySet(Set<T> built) {
            this.view = Collections.unmodifiableSet(built);
        }

        @Override
        public Iterator<T> iterator() {
            return view.iterator();
        }

        @Override
        public boolean contains(Object o) {
            return view.contains(o);
        }

        @Override
        public int size() {
            return view.size();
        }
    }
}
