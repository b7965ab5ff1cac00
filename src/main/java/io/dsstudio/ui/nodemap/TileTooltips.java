package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.common.ReasonText;
import io.dsstudio.ui.daemonsets.DaemonSetRows;
import io.dsstudio.ui.daemonsets.PlacementRow;
import io.dsstudio.ui.daemonsets.PlacementVerdict;

import java.util.Map;

/**
 * The tooltips of the map's tiles, made for the tile under the pointer when it is asked (a placement sentence for
 * each of 10,000 tiles cost more than the map's redraw). One per map: the tiles of every colouring share it, so a
 * tile keeps its identity when only its words would change, and it always speaks of the colouring shown last.
 */
final class TileTooltips implements MapTile.Text {
    private final Messages messages;
    private TileColouring.Inputs inputs;
    private PlacementVerdict[] verdicts = new PlacementVerdict[0];
    private boolean fromPlan;
    private PodIndex pods;
    private Map<String, Integer> positions = Map.of();
    private int made;

    TileTooltips(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param shownVerdicts each node's verdict by position when the tiles show a DaemonSet's placement, else empty
     * @param fromPlan  the verdicts are the plan's (a placement row gives the first reason)
     * @param positions each node's index in the snapshot's nodes
     */
    void show(TileColouring.Inputs shown, PlacementVerdict[] shownVerdicts, boolean planned, PodIndex index,
              Map<String, Integer> nodePositions) {
        this.inputs = shown;
        this.verdicts = shownVerdicts;
        this.fromPlan = planned;
        this.pods = index;
        this.positions = nodePositions;
    }

    @Override
    public String of(String name) {
        Integer at = positions.get(name);
        if (inputs == null || at == null) {
            return name;
        }
        made++;
        ClusterNode node = inputs.snapshot().nodes().get(at);
        StringBuilder text = new StringBuilder(node.name()).append('\n')
                .append(messages.get(NodeFacts.status(node).key()));
        if (inputs.groupBy() != null && !inputs.groupBy().isEmpty()) {
            // the group the tile is in, as its heading names it: "(no value)" for a node without the label
            String group = NodeFacts.label(node, inputs.groupBy());
            text.append(" \u00b7 ").append(group.isEmpty() ? messages.get("map.group.none") : group);
        }
        if (node.unschedulable()) {
            text.append(" \u00b7 ").append(messages.get("map.tooltip.cordoned"));
        }
        PlacementVerdict verdict = at < verdicts.length ? verdicts[at] : null;
        if (verdict != null) {
            text.append('\n').append(inputs.daemonSet()).append(": ").append(messages.get(verdict.key()));
            PlacementRow row = fromPlan ? DaemonSetRows.placementOf(inputs.snapshot(), pods, inputs.plan(), inputs.daemonSet(), node,
                    new ReasonText(messages)) : null;
            if (row != null && !row.reasons().isEmpty()) {
                text.append(": ").append(row.reasons().get(0));
            }
        }
        return text.toString();
    }

    /** How many tooltips were made: tests count that a colouring makes none. */
    int made() {
        return made;
    }
}
