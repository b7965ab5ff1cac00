package io.dsstudio.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an edit to an object's plain tree: what the edited text must read back as. The editor compares the
 * re-read document with this tree, so a splice that went wrong is caught before anything is written.
 */
final class PlainEdits {
    private PlainEdits() {
    }

    static Map<String, Object> apply(Map<String, Object> root, ManifestEdit edit) throws ManifestEditException {
        Map<String, Object> copy = copyMap(root);
        List<FieldPath.Segment> path = FieldPath.parse(edit.path());
        if (path.isEmpty()) {
            throw new ManifestEditException("an edit needs a field path below the object's root");
        }
        Object parent = walkToParent(copy, path, !(edit instanceof ManifestEdit.Remove), edit.path());
        FieldPath.Segment last = path.get(path.size() - 1);
        if (edit instanceof ManifestEdit.Set set) {
            put(parent, last, normalise(set.value()), edit.path());
        } else if (edit instanceof ManifestEdit.Remove) {
            removeFrom(parent, last, edit.path());
        } else {
            Object list = get(parent, last);
            if (list == null) {
                list = new ArrayList<>();
                put(parent, last, list, edit.path());
            }
            if (!(list instanceof List<?>)) {
                throw new ManifestEditException(edit.path() + " is not a list");
            }
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            items.add(normalise(((ManifestEdit.Append) edit).item()));
        }
        return copy;
    }

    private static Object walkToParent(Object root, List<FieldPath.Segment> path, boolean create, String shown)
            throws ManifestEditException {
        Object current = root;
        for (int i = 0; i < path.size() - 1; i++) {
            FieldPath.Segment segment = path.get(i);
            Object next = get(current, segment);
            if (next == null && create && !segment.isIndex() && current instanceof Map<?, ?>) {
                next = new LinkedHashMap<String, Object>();
                put(current, segment, next, shown);
            }
            if (!(next instanceof Map<?, ?>) && !(next instanceof List<?>)) {
                throw new ManifestEditException(shown + ": " + prefix(path, i + 1) + " is "
                        + (next == null ? "missing" : "not a map or list"));
            }
            current = next;
        }
        return current;
    }

    private static Object get(Object container, FieldPath.Segment segment) {
        if (segment.isIndex()) {
            return container instanceof List<?> list && segment.index() < list.size() ? list.get(segment.index()) : null;
        }
        return container instanceof Map<?, ?> map ? map.get(segment.key()) : null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, FieldPath.Segment segment, Object value, String shown)
            throws ManifestEditException {
        if (segment.isIndex() && container instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            if (segment.index() < items.size()) {
                items.set(segment.index(), value);
                return;
            }
            if (segment.index() == items.size()) {
                items.add(value);
                return;
            }
            throw new ManifestEditException(shown + ": index " + segment.index() + " is past the end of a list of "
                    + items.size());
        }
        if (!segment.isIndex() && container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(segment.key(), value);
            return;
        }
        throw new ManifestEditException(shown + ": " + (segment.isIndex() ? "not a list" : "not a map"));
    }

    private static void removeFrom(Object container, FieldPath.Segment segment, String shown) throws ManifestEditException {
        if (segment.isIndex() && container instanceof List<?> list && segment.index() < list.size()) {
            list.remove(segment.index());
        } else if (!segment.isIndex() && container instanceof Map<?, ?> map && map.containsKey(segment.key())) {
            map.remove(segment.key());
        } else {
            throw new ManifestEditException(shown + " does not exist");
        }
    }

    private static String prefix(List<FieldPath.Segment> path, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            FieldPath.Segment s = path.get(i);
            if (s.isIndex()) {
                out.append('[').append(s.index()).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(s.key());
            }
        }
        return out.toString();
    }

    /** The value as the reader would give it back: Long for whole numbers, Double, LinkedHashMap, ArrayList. */
    static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyMap(Map<String, Object> map) {
        return (Map<String, Object>) normalise(map);
    }
}
