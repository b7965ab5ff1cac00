package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.ReasonText;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.daemonsets.DaemonSetRows;
import io.dsstudio.ui.daemonsets.PlacementRow;
import io.dsstudio.ui.daemonsets.PlacementVerdict;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The node map: tiles grouped by a label, coloured by the selected DaemonSet's verdict, a label or status. */
public final class NodeMapViewModel {
    private final StudioState state;
    private final Messages messages;
    private final ObservableList<MapTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ObservableList<String> labelKeys = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty(NodeFacts.ZONE_LABEL);
    private final StringProperty colorLabel = new SimpleStringProperty("pool");
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(ColorMode.DAEMONSET);

    public NodeMapViewModel(StudioState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        for (Observable o : List.of(state.snapshotProperty(), state.planProperty(), state.previewProperty(),
                state.selectedDaemonSetProperty(), groupBy, colorLabel, colorMode, state.editorImpactProperty())) {
            o.addListener(x -> rebuild());
        }
        rebuild();
    }

    private void rebuild() {
        Snapshot snapshot = state.snapshotProperty().get();
        Plan plan = state.planProperty().get();
        String ds = state.selectedDaemonSetProperty().get();
        List<String> keys = List.copyOf(snapshot.nodes().stream().flatMap(n -> n.labels().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        if (!keys.equals(labelKeys)) {
            labelKeys.setAll(keys);
        }
        ColorMode mode = colorMode.get();
        if (mode == ColorMode.DAEMONSET && (plan == null || !MapTiles.hasDaemonSet(plan.daemonSets(), ds))) {
            mode = ColorMode.STATUS;
        }
        Map<String, PlacementRow> placement = mode == ColorMode.DAEMONSET
                ? DaemonSetRows.placement(snapshot, state.podIndex(), plan, ds, new ReasonText(messages)).stream().collect(Collectors.toMap(PlacementRow::node, r -> r, (a, b) -> a))
                : Map.of();
        List<String> values = snapshot.nodes().stream().map(n -> n.labels().get(colorLabel.get())).filter(v -> v != null)
                .distinct().sorted().toList();
        Map<String, MapTile.Ghost> ghosts = MapTiles.ghosts(state.previewProperty().get(), ds);
        MapTiles.addEditorGhosts(ghosts, state.editorImpactProperty().get(), ds);
        List<MapTile> built = new ArrayList<>(snapshot.nodes().size());
        for (ClusterNode node : snapshot.nodes()) {
            PlacementRow row = placement.get(node.name());
            MapColor color = switch (mode) {
                case DAEMONSET -> row == null ? MapColor.MUTED : MapTiles.colorOf(row.verdict());
                case STATUS -> MapTiles.colorOf(NodeFacts.status(node));
                case LABEL -> node.labels().containsKey(colorLabel.get())
                        ? MapColor.palette(values.indexOf(node.labels().get(colorLabel.get()))) : MapColor.MUTED;
            };
            String group = MapTiles.groupOf(node, groupBy.get());
            built.add(new MapTile(node.name(), group.isEmpty() ? messages.get("map.group.none") : group, color,
                    ghosts.getOrDefault(node.name(), MapTile.Ghost.NONE), tooltip(node, row)));
        }
        tiles.setAll(built);
        List<LegendEntry> entries = legendFor(mode, values);
        if (!ghosts.isEmpty()) {
            entries.add(new LegendEntry(MapColor.GHOST, messages.get("map.legend.ghosts")));
        }
        legend.setAll(entries);
    }

    private String tooltip(ClusterNode node, PlacementRow row) {
        StringBuilder text = new StringBuilder(node.name()).append('\n')
                .append(messages.get(NodeFacts.status(node).key())).append(" \u00b7 ").append(NodeFacts.label(node, groupBy.get()));
        if (row != null) {
            text.append('\n').append(messages.get(row.verdict().key()));
            row.reasons().stream().findFirst().ifPresent(r -> text.append(": ").append(r));
        }
        return text.toString();
    }

    private List<LegendEntry> legendFor(ColorMode mode, List<String> values) {
        List<LegendEntry> entries = new ArrayList<>();
        switch (mode) {
            case DAEMONSET -> {
                for (PlacementVerdict v : PlacementVerdict.values()) {
                    if (v != PlacementVerdict.WILL_EVICT) {
                        entries.add(new LegendEntry(MapTiles.colorOf(v), messages.get(v.key())));
                    }
                }
            }
            case STATUS -> {
                for (io.dsstudio.ui.common.NodeStatus s : io.dsstudio.ui.common.NodeStatus.values()) {
                    entries.add(new LegendEntry(MapTiles.colorOf(s), messages.get(s.key())));
                }
            }
            case LABEL -> {
                for (int i = 0; i < values.size() && i < MapColor.PALETTE_SIZE; i++) {
                    entries.add(new LegendEntry(MapColor.palette(i), values.get(i)));
                }
                entries.add(new LegendEntry(MapColor.MUTED, messages.get("map.legend.noLabel")));
            }
        }
        return entries;
    }

    public void onTileClicked(String node) {
        state.selectNodes(List.of(node));
    }

    public ObservableList<MapTile> tiles() {
        return tiles;
    }

    public ObservableList<LegendEntry> legend() {
        return legend;
    }

    public ObservableList<String> labelKeys() {
        return labelKeys;
    }

    public ObservableList<String> selectedNodes() {
        return state.selectedNodes();
    }

    public StringProperty groupByProperty() {
        return groupBy;
    }

    public StringProperty colorLabelProperty() {
        return colorLabel;
    }

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }
}
