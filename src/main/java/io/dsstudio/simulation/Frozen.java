package io.dsstudio.simulation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Read-only views of the maps and sets a sync builds for the state it leaves: the state takes them over without
 * copying them once more (the created pods of a long rollout are tens of thousands), as nothing changes them after.
 */
final class Frozen {
    private Frozen() {
    }

    /** {@code built}, which its builder no longer changes, as the read-only map a state holds. */
    static <K, V> Map<K, V> map(Map<K, V> built) {
        return built instanceof FrozenMap<K, V> ? built : new FrozenMap<>(built);
    }

    static <T> Set<T> set(Set<T> built) {
        return built instanceof FrozenSet<T> ? built : new FrozenSet<>(built);
    }

    /** What a state holds: a frozen map as it is, any other one copied. */
    static <K, V> Map<K, V> held(Map<K, V> map) {
        return map instanceof FrozenMap<K, V> ? map : Map.copyOf(map);
    }

    static <T> Set<T> held(Set<T> set) {
        return set instanceof FrozenSet<T> ? set : Set.copyOf(set);
    }

    private static final class FrozenMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> view;

        FrozenMap(Map<K, V> built) {
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

    private static final class FrozenSet<T> extends AbstractSet<T> {
        private final Set<T> view;

        FrozenSet(Set<T> built) {
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
