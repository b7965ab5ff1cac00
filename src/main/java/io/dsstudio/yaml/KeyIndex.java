package io.dsstudio.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds duplicate keys while a mapping is built: a linear scan for the small mappings that make up nearly
 * all of a manifest, a hash map once a mapping grows large.
 */
final class KeyIndex {
    static final int LINEAR_LIMIT = 12;
    private final List<YEntry> entries;
    private Map<String, Integer> index;

    KeyIndex(List<YEntry> entries) {
        this.entries = entries;
    }

    /**
     * Whether a mapping of fewer than {@link #LINEAR_LIMIT} entries already has this key, by a scan: the caller makes
     * a {@code KeyIndex} only for a mapping that grows past that (a snapshot has millions of small mappings).
     */
    static boolean scanFinds(List<YEntry> entries, String key) {
        for (int i = 0, n = entries.size(); i < n; i++) {
            if (entries.get(i).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The index of an earlier entry with this key, or null after recording the key at the next index. */
    Integer put(String key) {
        if (index == null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    return i;
                }
            }
            if (entries.size() < LINEAR_LIMIT) {
                return null;
            }
            index = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                index.putIfAbsent(entries.get(i).key(), i);
            }
        }
        return index.putIfAbsent(key, entries.size());
    }
}
