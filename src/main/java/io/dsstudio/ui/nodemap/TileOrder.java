package io.dsstudio.ui.nodemap;

import java.util.List;

/**
 * The view's tiles in layout order (what the painters walk) and, for each position in the view's list, the tile's
 * slot in that order. Made again only when the layout changes or tiles move, come or go; a tile replaced in place (a
 * recolour replaces thousands) takes its slot by its position in the list, without a look-up by name.
 */
final class TileOrder {
    private MapTile[] ordered = new MapTile[0];
    private int[] slots = new int[0];
    private NodeMapLayout layout;
    private boolean stale = true;
    private int made;

    /** Tiles moved, came or went: the order is made again when next asked for. */
    void moved() {
        stale = true;
    }

    /** The tiles in {@code layout}'s order (null where no tile has that name), from {@code tiles}, the view's list. */
    MapTile[] ordered(NodeMapLayout layout, List<MapTile> tiles) {
        if (stale || layout != this.layout) {
            MapTile[] order = new MapTile[layout.tiles().size()];
            int[] at = new int[tiles.size()];
            for (int i = 0; i < at.length; i++) {
                MapTile tile = tiles.get(i);
                at[i] = layout.indexOf(tile.name());
                if (at[i] >= 0) {
                    order[at[i]] = tile;
                }
            }
            ordered = order;
            slots = at;
            this.layout = layout;
            stale = false;
            made++;
        }
        return ordered;
    }

    /** The tile at {@code position} of the view's list was replaced by one of the same name and group. */
    void replaced(int position, MapTile tile) {
        if (!stale && position < slots.length && slots[position] >= 0) {
            ordered[slots[position]] = tile;
        }
    }

    /** A node's tile as the view's list holds it now, or null. */
    MapTile tileOf(NodeMapLayout layout, List<MapTile> tiles, String name) {
        int at = layout.indexOf(name);
        return at < 0 ? null : ordered(layout, tiles)[at];
    }

    /** How many times the order was made (tests count that a recolour makes none). */
    int made() {
        return made;
    }
}
