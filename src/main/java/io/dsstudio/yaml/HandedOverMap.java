package io.dsstudio.yaml;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A map its only writer has handed over and no longer changes, read-only from here on. {@link LoadedSnapshot}
 * takes it as it is instead of copying it: a large snapshot's map of sources has hundreds of thousands of
 * entries, and copying it was a second or so of a single thread's time after every read.
 */
final class HandedOverMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;

    /** {@code owned} must not be changed, or even kept, by the caller after this. */
    HandedOverMap(Map<K, V> owned) {
        this.map = Collections.unmodifiableMap(owned);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map.entrySet();
    }
}
