package io.dsstudio.ui.nodemap;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.daemonsets.PlacementVerdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The legend's swatches, with how many tiles each colour covers ("Runs 13", "Excluded 7"). */
final class MapLegend {
    private final Messages messages;

    MapLegend(Messages messages) {
        this.messages = messages;
    }

    /** One entry per verdict that some node has, in the verdicts' order. */
    List<LegendEntry> verdicts(Map<PlacementVerdict, Integer> counts) {
        List<LegendEntry> entries = new ArrayList<>();
        for (PlacementVerdict verdict : PlacementVerdict.values()) {
            int count = counts.getOrDefault(verdict, 0);
            if (count > 0) {
                entries.add(new LegendEntry(MapTiles.colorOf(verdict), messages.get(verdict.key()) + " " + count));
            }
        }
        return entries;
    }

    List<LegendEntry> statuses(Map<NodeStatus, Integer> counts) {
        List<LegendEntry> entries = new ArrayList<>();
        for (NodeStatus status : NodeStatus.values()) {
            entries.add(new LegendEntry(MapTiles.colorOf(status), messages.get(status.key()) + " " + counts.getOrDefault(status, 0)));
        }
        return entries;
    }

    List<LegendEntry> labelValues(List<String> values, Map<String, Integer> counts, int unlabelled) {
        List<LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < values.size() && i < MapColor.PALETTE_SIZE; i++) {
            entries.add(new LegendEntry(MapColor.palette(i), values.get(i) + " " + counts.getOrDefault(values.get(i), 0)));
        }
        entries.add(new LegendEntry(MapColor.MUTED, messages.get("map.legend.noLabel") + " " + unlabelled));
        return entries;
    }

    LegendEntry cordoned(int count) {
        return new LegendEntry(MapColor.HATCH, messages.get("map.legend.cordoned", count));
    }

    LegendEntry blockers(int count) {
        return new LegendEntry(MapColor.BLOCKER, messages.get("map.legend.blockers", count));
    }

    LegendEntry ghosts() {
        return new LegendEntry(MapColor.GHOST, messages.get("map.legend.ghosts"));
    }

    /** The legend text joined the way the title reads it: "Runs 13 · Excluded 7". */
    static String summary(List<LegendEntry> entries) {
        return String.join(" \u00b7 ", entries.stream().map(LegendEntry::text).toList());
    }

    static <E extends Enum<E>> Map<E, Integer> emptyCounts(Class<E> type) {
        return new EnumMap<>(type);
    }
}
