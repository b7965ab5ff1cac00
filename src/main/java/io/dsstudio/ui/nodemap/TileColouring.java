package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.daemonsets.PlacementVerdict;
import io.dsstudio.workspace.DaemonSetImpact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Colours every node's tile from one set of inputs, without ghosts: by one DaemonSet's placement, a label or node
 * status, with the legend's counts and the map's title. Only colours and counts: a tile's words are made when asked
 * ({@link TileTooltips}).
 */
final class TileColouring {
    /**
     * What the tiles' colours, groups and tooltips are made from (compared by identity): while it is the same, a new
     * preview (the ghosts) or new blockers change only the tiles and legend entries they touch.
     */
    record Inputs(Snapshot snapshot, Plan plan, String daemonSet, ColorMode mode, String groupBy,
                  String colorLabel, DaemonSetImpact editor) {
        boolean sameAs(Inputs other) {
            return other != null && snapshot == other.snapshot && plan == other.plan && editor == other.editor
                    && mode == other.mode && Objects.equals(daemonSet, other.daemonSet)
                    && Objects.equals(groupBy, other.groupBy) && Objects.equals(colorLabel, other.colorLabel);
        }
    }

    /**
     * @param tiles       every node's tile, in node order
     * @param positions   each node's index in {@code tiles}
     * @param legend      the legend before the ghost and blocker entries
     * @param byDaemonSet whether the tiles show a DaemonSet's placement
     */
    record Colouring(List<MapTile> tiles, Map<String, Integer> positions, List<LegendEntry> legend, String title,
                     boolean byDaemonSet) {
    }

    /**
     * What a colouring does not change while the nodes and the grouping stay: each name's position and each node's
     * group (a new DaemonSet in the picker recolours 10,000 tiles without grouping them again), and each node's tile
     * in each colour made so far: a tile differs from another of its node only by its colour (ghosts come later), so a
     * recolour reuses them instead of making 10,000 tiles, and a tile that keeps its colour is the same object.
     */
    private static final class Frame {
        private final List<ClusterNode> nodes;
        private final String groupBy;
        private final TileTooltips tooltips;
        private final String[] groups;
        private final Map<String, Integer> positions;
        private final int[] firstOfName;
        private final MapTile[][] tilesByColour = new MapTile[MapColor.values().length][];
        private int tilesMade;

        Frame(List<ClusterNode> nodes, String groupBy, TileTooltips tooltips, String[] groups, Map<String, Integer> positions,
              int[] firstOfName) {
            this.nodes = nodes;
            this.groupBy = groupBy;
            this.tooltips = tooltips;
            this.groups = groups;
            this.positions = positions;
            this.firstOfName = firstOfName;
        }

        boolean holds(List<ClusterNode> nodes, String groupBy, TileTooltips tooltips) {
            return this.nodes == nodes && Objects.equals(this.groupBy, groupBy) && this.tooltips == tooltips;
        }

        /** Node {@code n}'s tile in {@code color}, made the first time it is asked for. */
        MapTile tile(int n, MapColor color) {
            MapTile[] coloured = tilesByColour[color.ordinal()];
            if (coloured == null) {
                coloured = new MapTile[nodes.size()];
                tilesByColour[color.ordinal()] = coloured;
            }
            MapTile tile = coloured[n];
            if (tile == null) {
                ClusterNode node = nodes.get(n);
                tile = new MapTile(node.name(), groups[n], color, MapTile.Ghost.NONE, tooltips, node.unschedulable());
                coloured[n] = tile;
                tilesMade++;
            }
            return tile;
        }
    }

    private final Messages messages;
    private final MapLegend legendText;
    private Frame frame;
    private final PlacementColours placements = new PlacementColours();

    TileColouring(Messages messages, MapLegend legendText) {
        this.messages = messages;
        this.legendText = legendText;
    }

    /**
     * @param newPreview the DaemonSet is one the editor previews and the snapshot does not hold yet
     * @param inPlan     the plan has the DaemonSet
     * @param tooltips   the tiles' tooltips, told which colouring the tiles now show
     */
    Colouring colour(Inputs inputs, boolean newPreview, boolean inPlan, PodIndex pods, TileTooltips tooltips) {
        Snapshot snapshot = inputs.snapshot();
        String ds = inputs.daemonSet();
        ColorMode mode = inputs.mode();
        boolean byDaemonSet = mode == ColorMode.DAEMONSET && (newPreview || inPlan);
        Frame nodes = frameFor(snapshot.nodes(), inputs.groupBy(), tooltips);
        Map<String, Integer> at = nodes.positions;
        PlacementVerdict[] verdicts = new PlacementVerdict[snapshot.nodes().size()];
        if (byDaemonSet && newPreview) {
            java.util.Arrays.fill(verdicts, PlacementVerdict.EXCLUDED);
            for (var a : inputs.editor().actions()) {
                Integer i = a.type() == ActionType.CREATE ? at.get(a.node()) : null;
                if (i != null) {
                    verdicts[i] = PlacementVerdict.WILL_CREATE;
                }
            }
        } else if (byDaemonSet) {
            verdicts = placements.of(snapshot, pods, inputs.plan(), ds, at);
        }
        List<String> values = mode == ColorMode.LABEL ? snapshot.nodes().stream().map(n -> n.labels().get(inputs.colorLabel()))
                .filter(v -> v != null).distinct().sorted().toList() : List.of();
        Map<String, Integer> paletteIndex = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            paletteIndex.put(values.get(i), i);
        }
        Map<PlacementVerdict, Integer> verdictCounts = MapLegend.emptyCounts(PlacementVerdict.class);
        Map<NodeStatus, Integer> statusCounts = MapLegend.emptyCounts(NodeStatus.class);
        Map<String, Integer> valueCounts = new HashMap<>();
        int[] perVerdict = new int[PlacementVerdict.values().length];
        int cordoned = 0;
        List<MapTile> built = new ArrayList<>(snapshot.nodes().size());
        for (int n = 0; n < snapshot.nodes().size(); n++) {
            ClusterNode node = snapshot.nodes().get(n);
            MapColor color;
            if (byDaemonSet) {
                PlacementVerdict verdict = verdicts[nodes.firstOfName[n]];
                color = verdict == null ? MapColor.MUTED : MapTiles.colorOf(verdict);
                if (verdict != null) {
                    perVerdict[verdict.ordinal()]++;
                }
            } else if (mode == ColorMode.LABEL) {
                String value = node.labels().get(inputs.colorLabel());
                color = value != null ? MapColor.palette(paletteIndex.get(value)) : MapColor.MUTED;
                valueCounts.merge(value == null ? "" : value, 1, Integer::sum);
            } else {
                NodeStatus status = NodeFacts.status(node);
                color = MapTiles.colorOf(status);
                statusCounts.merge(status, 1, Integer::sum);
            }
            cordoned += node.unschedulable() ? 1 : 0;
            built.add(nodes.tile(n, color));
        }
        for (PlacementVerdict verdict : PlacementVerdict.values()) {
            if (perVerdict[verdict.ordinal()] > 0) {
                verdictCounts.put(verdict, perVerdict[verdict.ordinal()]);
            }
        }
        tooltips.show(inputs, byDaemonSet ? verdicts : new PlacementVerdict[0], byDaemonSet && !newPreview, pods, at);
        List<LegendEntry> entries = byDaemonSet ? legendText.verdicts(verdictCounts)
                : mode == ColorMode.LABEL ? legendText.labelValues(values, valueCounts, valueCounts.getOrDefault("", 0))
                : legendText.statuses(statusCounts);
        if (cordoned > 0) {
            entries.add(legendText.cordoned(cordoned));
        }
        String title = snapshot.nodes().isEmpty() ? messages.get("map.title.empty") : title(inputs, byDaemonSet, newPreview);
        return new Colouring(built, at, List.copyOf(entries), title, byDaemonSet);
    }

    private Frame frameFor(List<ClusterNode> nodes, String groupBy, TileTooltips tooltips) {
        if (frame != null && frame.holds(nodes, groupBy, tooltips)) {
            return frame;
        }
        String noGroup = messages.get("map.group.none");
        String[] groups = new String[nodes.size()];
        Map<String, Integer> positions = new HashMap<>(nodes.size() * 2);
        int[] firstOfName = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            String group = MapTiles.groupOf(nodes.get(i), groupBy);
            groups[i] = group.isEmpty() ? noGroup : group;
            Integer first = positions.putIfAbsent(nodes.get(i).name(), i);
            firstOfName[i] = first == null ? i : first;
        }
        frame = new Frame(nodes, groupBy, tooltips, groups, java.util.Collections.unmodifiableMap(positions), firstOfName);
        return frame;
    }

    /** How many tiles were made since the nodes or the grouping last changed (tests count the work). */
    int tilesMade() {
        return frame == null ? 0 : frame.tilesMade;
    }

    /** How many times a DaemonSet's nodes were classified (tests count the work). */
    int classified() {
        return placements.classified();
    }

    private String title(Inputs inputs, boolean byDaemonSet, boolean newPreview) {
        if (newPreview) {
            return messages.get("map.title.newDaemonSet", inputs.daemonSet());
        }
        if (byDaemonSet) {
            return messages.get("map.title.daemonSet", inputs.daemonSet());
        }
        return switch (inputs.mode()) {
            case DAEMONSET -> messages.get(inputs.plan() == null ? "map.title.planning" : "map.title.noDaemonSet");
            case LABEL -> messages.get("map.title.label", inputs.colorLabel());
            case STATUS -> messages.get("map.title.status");
        };
    }
}
