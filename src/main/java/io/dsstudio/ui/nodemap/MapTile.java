package io.dsstudio.ui.nodemap;

/**
 * One node on the map.
 *
 * @param ghost     what a staged edit would do on this node, or {@link Ghost#NONE}
 * @param text      where the tile's tooltip comes from: made when the pointer rests on the tile, not for every tile
 *                  of every colouring (10,000 placement sentences cost more than the map's redraw)
 * @param cordoned  the node is unschedulable (drawn hatched)
 */
public record MapTile(String name, String group, MapColor color, Ghost ghost, Text text, boolean cordoned) {
    public MapTile(String name, String group, MapColor color, Ghost ghost, String tooltip, boolean cordoned) {
        this(name, group, color, ghost, new Fixed(tooltip), cordoned);
    }

    public MapTile(String name, String group, MapColor color, Ghost ghost, String tooltip) {
        this(name, group, color, ghost, tooltip, false);
    }

    /** The tile's tooltip, in words (made now). */
    public String tooltip() {
        return text.of(name);
    }

    /** The same tile with another what-if overlay (this tile when it has that one). */
    public MapTile withGhost(Ghost other) {
        return other == ghost ? this : new MapTile(name, group, color, other, text, cordoned);
    }

    /** The what-if overlay of a tile. */
    public enum Ghost { NONE, GAINS_POD, LOSES_POD }

    /** A tile's tooltip, made on demand from the node's name. */
    public interface Text {
        String of(String node);
    }

    /** A tooltip known in advance. */
    public record Fixed(String tooltip) implements Text {
        @Override
        public String of(String node) {
            return tooltip;
        }
    }
}
