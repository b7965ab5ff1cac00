package io.dsstudio.ui.nodemap;

/**
 * One node on the map.
 *
 * @param ghost     what a staged edit would do on this node, or {@link Ghost#NONE}
 * @param cordoned  the node is unschedulable (drawn hatched)
 */
public record MapTile(String name, String group, MapColor color, Ghost ghost, String tooltip, boolean cordoned) {
    public MapTile(String name, String group, MapColor color, Ghost ghost, String tooltip) {
        this(name, group, color, ghost, tooltip, false);
    }

    /** The same tile with another what-if overlay (this tile when it has that one). */
    public MapTile withGhost(Ghost other) {
        return other == ghost ? this : new MapTile(name, group, color, other, tooltip, cordoned);
    }

    /** The what-if overlay of a tile. */
    public enum Ghost { NONE, GAINS_POD, LOSES_POD }
}
