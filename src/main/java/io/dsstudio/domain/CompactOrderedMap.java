package io.dsstudio.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map that keeps the source's order, stored as one array of alternating keys and values (plus
 * the keys' hashes, and a hash index for larger maps). Label and annotation maps are small and there is one
 * per object: a plan reads a label of every pod of a snapshot, and a map that is two adjacent arrays costs one
 * or two cache misses per read where a {@code LinkedHashMap} behind an unmodifiable view costs four or more.
 * Null keys and values are kept as {@code LinkedHashMap} keeps them. Equality and hash code are those of
 * {@link Map}.
 */
final class CompactOrderedMap<K, V> extends AbstractMap<K, V> {
    private static final int LINEAR_LIMIT = 8;      // up to this size a lookup scans; above, it probes an index
    private final Object[] keysAndValues;           // k0, v0, k1, v1, ...
    private final int[] hashes;                     // Objects.hashCode(k_i)
    private final int[] index;                      // open addressing: slot -> entry + 1 (0 = empty); null when small
    private Set<Map.Entry<K, V>> entries;

    CompactOrderedMap(Map<? extends K, ? extends V> source) {
        int n = source.size();
        Object[] kv = new Object[2 * n];
        int[] h = new int[n];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : source.entrySet()) {
            if (i == n) {
                throw new IllegalStateException("map changed while copied");
            }
            kv[2 * i] = e.getKey();
            kv[2 * i + 1] = e.getValue();
            h[i] = Objects.hashCode(e.getKey());
            i++;
        }
        if (i != n) {
            throw new IllegalStateException("map changed while copied");
        }
        this.keysAndValues = kv;
        this.hashes = h;
        this.index = n > LINEAR_LIMIT ? buildIndex(h) : null;
    }

    private static int[] buildIndex(int[] hashes) {
        int[] slots = new int[Integer.highestOneBit(hashes.length * 2 - 1) << 1];
        int mask = slots.length - 1;
        for (int i = 0; i < hashes.length; i++) {
            int s = spread(hashes[i]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
        return slots;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The position of {@code key}, or -1. */
    private int indexOf(Object key) {
        return indexOf(keysAndValues, hashes, index, key);
    }

    /**
     * {@code get(key)} of a map whose {@code keysAndValues}, {@code hashes} and {@code index} are given, for
     * callers that keep the arrays (see {@link Pod#label}) and so skip reading the map object.
     */
    static Object get(Object[] keysAndValues, int[] hashes, int[] index, Object key) {
        int i = indexOf(keysAndValues, hashes, index, key);
        return i < 0 ? null : keysAndValues[2 * i + 1];
    }

    Object[] keysAndValues() {
        return keysAndValues;
    }

    int[] hashes() {
        return hashes;
    }

    int[] index() {
        return index;
    }

    private static int indexOf(Object[] kv, int[] hashes, int[] index, Object key) {
        if (index == null) {
            for (int i = 0; i < kv.length; i += 2) {
                if (kv[i] == key) {
                    return i >> 1;      // the same instance: no need to read the key
                }
            }
            if (key == null) {
                return -1;
            }
            int h = key.hashCode();
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] == h && key.equals(kv[2 * i])) {
                    return i;
                }
            }
            return -1;
        }
        int h = Objects.hashCode(key);
        int mask = index.length - 1;
        for (int s = spread(h) & mask; index[s] != 0; s = (s + 1) & mask) {
            int i = index[s] - 1;
            Object k = kv[2 * i];
            if (k == key || hashes[i] == h && key != null && key.equals(k)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) keysAndValues[2 * i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return hashes.length;
    }

    @Override
    public boolean isEmpty() {
        return hashes.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            action.accept((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (entries == null) {
            entries = new EntrySet();
        }
        return entries;
    }

    private final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public int size() {
            return hashes.length;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < keysAndValues.length;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Map.Entry<K, V> next() {
                    if (next >= keysAndValues.length) {
                        throw new NoSuchElementException();
                    }
                    Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) keysAndValues[next], (V) keysAndValues[next + 1]);
                    next += 2;
                    return e;
                }
            };
        }
    }
}
