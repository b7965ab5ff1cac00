package io.dsstudio.ui.nodemap;

import javafx.collections.ListChangeListener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's tiles grouped for the layout, made again only when their names or groups change: a recolour replaces
 * tiles of the same name and group, and a resize (whenever a panel docks beside the map) lays the same grouping out
 * again.
 */
final class TileGrouping {
    private Map<String, String> grouped = Map.of();
    private NodeMapLayout.Grouping grouping = NodeMapLayout.Grouping.of(Map.of());
    private int made;

    NodeMapLayout.Grouping current() {
        return grouping;
    }

    /** Groups {@code tiles} again unless their names and groups are what they were. */
    void update(List<MapTile> tiles) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (MapTile tile : tiles) {
            groups.put(tile.name(), tile.group());
        }
        if (!groups.equals(grouped)) {
            grouped = groups;
            grouping = NodeMapLayout.Grouping.of(groups);
            made++;
        }
    }

    /** How many times the tiles were grouped: tests count that a resize groups nothing. */
    int made() {
        return made;
    }

    /**
     * Whether a change of the tiles can change the layout: tiles added, removed or moved, or renamed or regrouped in
     * place. Tiles replaced by tiles of the same name and group (a new colour or ghost) keep it.
     */
    static boolean movesTiles(ListChangeListener.Change<? extends MapTile> change) {
        try {
            while (change.next()) {
                if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()) {
                    return true;
                }
                List<? extends MapTile> removed = change.getRemoved();
                List<? extends MapTile> added = change.getAddedSubList();
                for (int i = 0; i < removed.size(); i++) {
                    if (!removed.get(i).name().equals(added.get(i).name()) || !removed.get(i).group().equals(added.get(i).group())) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            change.reset();
        }
    }
}
