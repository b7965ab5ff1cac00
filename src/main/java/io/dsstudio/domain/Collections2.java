package io.dsstudio.domain;

import java.util.Map;

/** Immutable copies that keep the source order, which users see in tables and messages. */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> copyOrdered(Map<K, V> source) {
        if (source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof CompactOrderedMap) {
            return source;      // already an immutable ordered copy
        }
        return new CompactOrderedMap<>(source);
    }
}
