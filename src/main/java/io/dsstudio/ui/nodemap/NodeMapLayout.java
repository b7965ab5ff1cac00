package io.dsstudio.ui.nodemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each tile of the node map goes, in world coordinates (before zoom and pan): groups sorted by name,
 * stacked top to bottom, each a header line and rows of the same number of columns. Pure and immutable, so it
 * is unit-tested and hit-testing is arithmetic rather than a search over tiles.
 *
 * <p>{@link #fitted} chooses the column count that shows the whole cluster largest in a viewport of a given size,
 * and a header height in world units that is {@link #HEADER} screen pixels at that fitting zoom, so group titles
 * stay readable however small the tiles get.
 */
public final class NodeMapLayout {
    public static final double TILE = 28;
    public static final double GAP = 4;
    public static final double PITCH = TILE + GAP;
    public static final double HEADER = 22;
    public static final double PADDING = 8;
    /** The largest zoom a fit uses: 20 nodes fill the window without becoming posters. */
    public static final double MAX_FIT_ZOOM = 5;

    private final List<Group> groups;
    private final List<Placed> tiles;
    private final Map<String, Integer> indexOf;
    private final int columns;
    private final double header;
    private final double height;
    private final double fitZoom;

    /** One group's block: its title, where it starts and its tiles in row-major order. */
    public record Group(String name, double top, double header, int columns, List<String> members, int firstIndex) {
        public double tilesTop() {
            return top + header;
        }

        public int rows() {
            return (members.size() + columns - 1) / columns;
        }

        public double bottom() {
            return tilesTop() + rows() * PITCH;
        }
    }

    /** A tile's name, group and top-left corner. */
    public record Placed(String name, String group, double x, double y) {
    }

    /** A direction of keyboard focus moves. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private NodeMapLayout(List<Group> groups, List<Placed> tiles, Map<String, Integer> indexOf, int columns, double header,
                          double height, double fitZoom) {
        this.groups = groups;
        this.tiles = tiles;
        this.columns = columns;
        this.header = header;
        this.height = height;
        this.fitZoom = fitZoom;
        this.indexOf = indexOf;
    }

    /**
     * The tiles sorted into their groups, and each one's position in tile order: the same whatever the column count,
     * so a view that only changes size lays the same grouping out again (10,000 tiles grouped and indexed anew on
     * every resize cost more than the layout itself).
     */
    public static final class Grouping {
        private final Map<String, List<String>> groups;
        private final Map<String, Integer> indexOf;

        private Grouping(Map<String, List<String>> groups) {
            this.groups = groups;
            int count = groups.values().stream().mapToInt(List::size).sum();
            Map<String, Integer> index = new HashMap<>(count * 2);
            int i = 0;
            for (List<String> members : groups.values()) {
                for (String name : members) {
                    index.putIfAbsent(name, i++);
                }
            }
            this.indexOf = Collections.unmodifiableMap(index);
        }

        /** @param groupOf node name → group name (iteration order = tile order inside a group) */
        public static Grouping of(Map<String, String> groupOf) {
            Map<String, List<String>> byGroup = new TreeMap<>();
            groupOf.forEach((name, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(name));
            byGroup.replaceAll((group, members) -> List.copyOf(members));
            return new Grouping(Collections.unmodifiableMap(byGroup));
        }
    }

    /**
     * A layout that fills {@code width} world units with columns, at zoom 1.
     *
     * @param groupOf node name → group name (iteration order = tile order inside a group)
     */
    public static NodeMapLayout compute(Map<String, String> groupOf, double width) {
        int columns = Math.max(1, (int) ((width - 2 * PADDING + GAP) / PITCH));
        return build(Grouping.of(groupOf), columns, HEADER, 1);
    }

    /**
     * The layout that shows every tile largest in a viewport of {@code viewWidth} × {@code viewHeight} pixels:
     * every column count is tried (cheap: one sum over the groups each), keeping the one whose fitting zoom is
     * largest. {@link #fitZoom()} is that zoom.
     */
    public static NodeMapLayout fitted(Map<String, String> groupOf, double viewWidth, double viewHeight) {
        return fitted(Grouping.of(groupOf), viewWidth, viewHeight);
    }

    /** {@link #fitted(Map, double, double)} of tiles already grouped. */
    public static NodeMapLayout fitted(Grouping grouping, double viewWidth, double viewHeight) {
        Map<String, List<String>> groups = grouping.groups;
        if (groups.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return build(grouping, 1, HEADER, 1);
        }
        int largest = groups.values().stream().mapToInt(List::size).max().orElse(1);
        int count = groups.size();
        // headers take at most a quarter of the height: many groups get thin (and then untitled) bands
        double headerPixels = Math.min(HEADER, viewHeight / 4 / count);
        double bestZoom = -1;
        int bestColumns = 1;
        for (int c = 1; c <= largest; c++) {
            long rows = 0;
            for (List<String> members : groups.values()) {
                rows += (members.size() + c - 1) / c;
            }
            double worldWidth = 2 * PADDING + c * PITCH - GAP;
            double worldTiles = 2 * PADDING + rows * PITCH + count * GAP;
            double zoom = Math.min(viewWidth / worldWidth, (viewHeight - count * headerPixels) / worldTiles);
            if (zoom > bestZoom + 1e-9) {
                bestZoom = zoom;
                bestColumns = c;
            }
        }
        double zoom = Math.max(1e-3, Math.min(MAX_FIT_ZOOM, bestZoom));
        return build(grouping, bestColumns, headerPixels / zoom, zoom);
    }

    private static NodeMapLayout build(Grouping grouping, int columns, double header, double fitZoom) {
        List<Group> groups = new ArrayList<>();
        List<Placed> tiles = new ArrayList<>(grouping.indexOf.size());
        double top = PADDING;
        for (Map.Entry<String, List<String>> entry : grouping.groups.entrySet()) {
            Group group = new Group(entry.getKey(), top, header, columns, entry.getValue(), tiles.size());
            for (int i = 0; i < group.members().size(); i++) {
                tiles.add(new Placed(group.members().get(i), group.name(), PADDING + (i % columns) * PITCH,
                        group.tilesTop() + (i / columns) * PITCH));
            }
            groups.add(group);
            top = group.bottom() + GAP;
        }
        return new NodeMapLayout(Collections.unmodifiableList(groups), Collections.unmodifiableList(tiles), grouping.indexOf,
                columns, header, top - GAP + PADDING, fitZoom);
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Placed> tiles() {
        return tiles;
    }

    public int columns() {
        return columns;
    }

    /** The height of a group's title band, in world units. */
    public double header() {
        return header;
    }

    /** The world width the tiles take, margins included. */
    public double width() {
        return 2 * PADDING + columns * PITCH - GAP;
    }

    public double height() {
        return height;
    }

    /** The zoom at which the whole layout fits the viewport it was {@link #fitted} for (1 for {@link #compute}). */
    public double fitZoom() {
        return fitZoom;
    }

    /** A node's position in {@link #tiles()}, or -1. */
    public int indexOf(String name) {
        Integer index = name == null ? null : indexOf.get(name);
        return index == null ? -1 : index;
    }

    /** The placed tile of a node, or null. */
    public Placed find(String name) {
        Integer index = name == null ? null : indexOf.get(name);
        return index == null ? null : tiles.get(index);
    }

    /** The node whose tile covers the world point, or null (gaps, headers and margins hit nothing). */
    public String hitTest(double x, double y) {
        Group group = groupAt(y);
        return group == null ? null : hitInGroup(group, x, y);
    }

    private Group groupAt(double y) {
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
                return group;
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
        int column = (int) (localX / PITCH);
        int row = (int) (localY / PITCH);
        if (column >= group.columns() || localX - column * PITCH >= TILE || localY - row * PITCH >= TILE) {
            return null;
        }
        int index = row * group.columns() + column;
        return index < group.members().size() ? group.members().get(index) : null;
    }

    /**
     * The node next to {@code name} in a direction, as a reader moves: left and right go through the tiles in
     * order (across rows and groups), up and down keep the column, crossing into the neighbouring group's
     * nearest row. Returns {@code name} itself at an edge, and null for an unknown node.
     */
    public String neighbour(String name, Direction direction) {
        Integer index = name == null ? null : indexOf.get(name);
        if (index == null) {
            return null;
        }
        return switch (direction) {
            case LEFT -> tiles.get(Math.max(0, index - 1)).name();
            case RIGHT -> tiles.get(Math.min(tiles.size() - 1, index + 1)).name();
            case UP -> vertical(index, -1);
            case DOWN -> vertical(index, 1);
        };
    }

    private String vertical(int index, int step) {
        int g = groupIndexOf(index);
        Group group = groups.get(g);
        int local = index - group.firstIndex();
        int column = local % columns;
        int row = local / columns + step;
        if (row >= 0 && row < group.rows()) {
            return group.members().get(Math.min(group.members().size() - 1, row * columns + column));
        }
        int next = g + step;
        if (next < 0 || next >= groups.size()) {
            return tiles.get(index).name();
        }
        Group target = groups.get(next);
        int targetRow = step > 0 ? 0 : target.rows() - 1;
        return target.members().get(Math.min(target.members().size() - 1, targetRow * columns + column));
    }

    private int groupIndexOf(int tileIndex) {
        int low = 0;
        int high = groups.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (groups.get(mid).firstIndex() <= tileIndex) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
