package io.dsstudio.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * apimachinery {@code equality.Semantic.DeepEqual} over plain trees (maps, lists, scalars): a missing field, null,
 * an empty map and an empty list are equal (Go's nil and empty slices and maps compare equal there), and so are
 * {@code false}, {@code 0} and {@code ""} (the zero values a typed object omits; a manifest writing them out means
 * the same field as one leaving them out, except for the rare pointer fields); numbers compare
 * by value; resource quantities ({@code requests}, {@code limits}, {@code overhead}, {@code sizeLimit},
 * {@code divisor}) compare by value, so {@code 100m} equals {@code 0.1} and {@code 1Gi} equals {@code 1073741824}.
 */
public final class SemanticEquality {
    private static final Set<String> QUANTITY_MAPS = Set.of("requests", "limits", "overhead", "capacity", "allocatable");
    private static final Set<String> QUANTITY_FIELDS = Set.of("sizeLimit", "divisor");

    private SemanticEquality() {
    }

    public static boolean equal(Object a, Object b) {
        return equal(a, b, "", false);
    }

    private static boolean equal(Object a, Object b, String key, boolean quantities) {
        if (isEmpty(a) && b instanceof Map<?, ?>) {
            a = Map.of();
        } else if (isEmpty(b) && a instanceof Map<?, ?>) {
            b = Map.of();
        } else if (isEmpty(a) || isEmpty(b)) {
            return isEmpty(a) && isEmpty(b);
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            boolean childQuantities = QUANTITY_MAPS.contains(key);
            for (Object k : union(ma, mb)) {
                String name = String.valueOf(k);
                if (!equal(ma.get(k), mb.get(k), name, childQuantities || QUANTITY_FIELDS.contains(name))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equal(la.get(i), lb.get(i), key, false)) {
                    return false;
                }
            }
            return true;
        }
        if (quantities || QUANTITY_FIELDS.contains(key)) {
            Optional<BigDecimal> qa = QuantityValue.parse(a);
            Optional<BigDecimal> qb = QuantityValue.parse(b);
            if (qa.isPresent() && qb.isPresent()) {
                return qa.get().compareTo(qb.get()) == 0;
            }
        }
        if (a instanceof Number na && b instanceof Number nb) {
            return new BigDecimal(na.toString()).compareTo(new BigDecimal(nb.toString())) == 0;
        }
        return a.equals(b);
    }

    private static boolean isEmpty(Object o) {
        return o == null || o instanceof Map<?, ?> m && m.isEmpty() || o instanceof List<?> l && l.isEmpty()
                || Boolean.FALSE.equals(o) || "".equals(o) || o instanceof Number n && n.doubleValue() == 0;
    }

    private static Set<Object> union(Map<?, ?> a, Map<?, ?> b) {
        Set<Object> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
