package io.dsstudio.reconcile;

import java.util.Objects;

/**
 * Node name to position, as an open-addressing table over two arrays: claiming looks up the node of most
 * pods, and a {@code HashMap<String, Integer>} costs a node object and a boxed position per look-up. A name
 * given twice maps to its last position (as {@code HashMap.put} would).
 */
final class NamePositions {
    private final String[] keys;
    private final int[] positions;
    private final int distinct;

    NamePositions(String[] names) {
        int capacity = Integer.highestOneBit(Math.max(2, names.length * 2 - 1)) << 1;
        this.keys = new String[capacity];
        this.positions = new int[capacity];
        java.util.Arrays.fill(positions, -1);
        int count = 0;
        for (int i = 0; i < names.length; i++) {
            int slot = slotOf(names[i]);
            if (positions[slot] < 0) {
                keys[slot] = names[i];
                count++;
            }
            positions[slot] = i;
        }
        this.distinct = count;
    }

    /** The (last) position of {@code name}, or -1. */
    int position(String name) {
        return positions[slotOf(name)];
    }

    /** How many different names there are. */
    int distinct() {
        return distinct;
    }

    /** The slot holding {@code name}, or the empty slot where it would go. */
    private int slotOf(String name) {
        int mask = keys.length - 1;
        int h = Objects.hashCode(name);
        int slot = (h ^ (h >>> 16)) & mask;
        while (positions[slot] >= 0) {
            String key = keys[slot];
            if (key == name || key != null && key.equals(name)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
