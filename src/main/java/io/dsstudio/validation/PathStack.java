package io.dsstudio.validation;

import java.util.Arrays;

/**
 * A field path as a stack of segments ({@code spec}, {@code containers}, {@code [0]}, {@code [cpu]}), pushed and
 * popped while walking a tree and written out as {@code spec.containers[0].resources.limits[cpu]} only when asked.
 */
final class PathStack {
    private static final int INDEX = -1;
    private String[] keys = new String[8];
    private int[] indexes = new int[8];
    /** Per segment: a field (0), an index ({@link #INDEX}) or a map key (1). */
    private int[] kinds = new int[8];
    private int depth;

    void pushField(String key) {
        push(key, 0, 0);
    }

    void pushMapKey(String key) {
        push(key, 0, 1);
    }

    void pushIndex(int index) {
        push(null, index, INDEX);
    }

    void pop() {
        depth--;
    }

    /** Whether the path is under the top-level field {@code key} ({@code status} of {@code status.phase}). */
    boolean under(String key) {
        return depth > 0 && kinds[0] == 0 && key.equals(keys[0]);
    }

    private void push(String key, int index, int kind) {
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
            kinds = Arrays.copyOf(kinds, depth * 2);
        }
        keys[depth] = key;
        indexes[depth] = index;
        kinds[depth] = kind;
        depth++;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            switch (kinds[i]) {
                case INDEX -> out.append('[').append(indexes[i]).append(']');
                case 1 -> out.append('[').append(keys[i]).append(']');
                default -> out.append(out.length() == 0 ? "" : ".").append(keys[i]);
            }
        }
        return out.toString();
    }
}
