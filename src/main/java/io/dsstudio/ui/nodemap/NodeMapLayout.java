package io.dsstudio.ui.nodemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each tile of the node map goes, in world coordinates (before zoom and pan): groups sorted by name,
 * stacked top to bottom, each a header line and rows of tiles that fill the given width. Pure and
 * immutable, so it is unit-tested and hit-testing is arithmetic rather than a search over tiles.
 */
public final class NodeMapLayout {
    public static final double TILE = 28;
    public static final double GAP = 4;
    public static final double HEADER = 22;
    public static final double PADDING = 8;

    private final List<Group> groups;
    private final List<Placed> tiles;
    private final double height;

    /** One group's block: its title, where it starts and its tiles in row-major order. */
    public record Group(String name, double top, int columns, List<String> members) {
        public double tilesTop() {
            return top + HEADER;
        }

        public double bottom() {
            int rows = (members.size() + columns - 1) / columns;
            return tilesTop() + rows * (TILE + GAP);
        }
    }

    /** A tile's name, group and top-left corner. */
    public record Placed(String name, String group, double x, double y) {
    }

    private NodeMapLayout(List<Group> groups, List<Placed> tiles, double height) {
        this.groups = groups;
        this.tiles = tiles;
        this.height = height;
    }

    /**
     * @param groupOf node name → group name (iteration order = tile order inside a group)
     * @param width   the width to fill, in world units
     */
    public static NodeMapLayout compute(Map<String, String> groupOf, double width) {
        Map<String, List<String>> byGroup = new TreeMap<>();
        groupOf.forEach((name, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(name));
        int columns = Math.max(1, (int) ((width - 2 * PADDING + GAP) / (TILE + GAP)));
        List<Group> groups = new ArrayList<>();
        List<Placed> tiles = new ArrayList<>(groupOf.size());
        double top = PADDING;
        for (Map.Entry<String, List<String>> entry : byGroup.entrySet()) {
            Group group = new Group(entry.getKey(), top, columns, List.copyOf(entry.getValue()));
            for (int i = 0; i < group.members().size(); i++) {
                tiles.add(new Placed(group.members().get(i), group.name(), PADDING + (i % columns) * (TILE + GAP),
                        group.tilesTop() + (i / columns) * (TILE + GAP)));
            }
            groups.add(group);
            top = group.bottom() + GAP;
        }
        return new NodeMapLayout(Collections.unmodifiableList(groups), Collections.unmodifiableList(tiles), top + PADDING);
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Placed> tiles() {
        return tiles;
    }

    public double height() {
        return height;
    }

    /** The node whose tile covers the world point, or null (gaps, headers and margins hit nothing). */
    public String hitTest(double x, double y) {
        int low = 0;
        int high = groups.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Group group = groups.get(mid);
            if (y < group.top()) {
                high = mid - 1;
            } else if (y >= group.bottom()) {
                low = mid + 1;
            } else {
                return hitInGroup(group, x, y);
            }
        }
        return null;
    }

    private static String hitInGroup(Group group, double x, double y) {
        double localX = x - PADDING;
        double localY = y - group.tilesTop();
        if (localX < 0 || localY < 0) {
            return null;
        }
        int column = (int) (localX / (TILE + GAP));
        int row = (int) (localY / (TILE + GAP));
        if (column >= group.columns() || localX - column * (TILE + GAP) >= TILE || localY - row * (TILE + GAP) >= TILE) {
            return null;
        }
        int index = row * group.columns() + column;
        return index < group.members().size() ? group.members().get(index) : null;
    }
}
