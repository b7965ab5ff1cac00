package io.dsstudio.validation;

import java.util.Arrays;

/** Snapshot positions of the pods a check reports, sorted so reports keep the snapshot's order. */
final class PodPositions {
    private int[] values = new int[0];
    private int size;

    void add(int position) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(8, size * 2));
        }
        values[size++] = position;
    }

    int[] sorted() {
        int[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        return out;
    }
}
