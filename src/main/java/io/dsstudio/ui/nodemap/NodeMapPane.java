package io.dsstudio.ui.nodemap;

import io.dsstudio.ui.common.Labels;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The node map with its DaemonSet picker, grouping and colouring choices, a title that names what it shows, and the legend. */
public final class NodeMapPane {
    private final NodeMapViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final NodeMapView map = new NodeMapView();
    private final FlowPane legend = new FlowPane(12, 4);
    private final ContextMenu tileMenu = new ContextMenu();

    public NodeMapPane(NodeMapViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("nodeMapView");
        map.setId("nodeMap");
        // one change of the map's tiles per change of the model's, with only the tiles that changed replaced
        map.setTiles(model.tiles());
        model.tiles().addListener((ListChangeListener<MapTile>) map::follow);
        Bindings.bindContent(map.getSelected(), model.selectedNodes());
        map.setOnTileClicked(model::onTileClicked);
        map.onTileActivatedProperty().set(model::activate);
        map.onTileEnteredProperty().set(node -> model.onNodeEnteredProperty().get().accept(node));
        Bindings.bindContent(map.getMarked(), model.blockers());
        map.onTileContextMenuProperty().set(this::showTileMenu);
        legend.setId("mapLegend");
        legend.getStyleClass().add(Styles.MAP_LEGEND);
        model.legend().addListener((ListChangeListener<LegendEntry>) c -> showLegend());
        showLegend();
        Label title = new Label();
        title.setId("mapTitle");
        title.getStyleClass().add(Styles.MAP_TITLE);
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        VBox top = new VBox(2, toolbar(), title, legend);
        top.getStyleClass().add(Styles.DETAIL_PANE);
        root.setTop(top);
        root.setCenter(map);
    }

    private Node toolbar() {
        ComboBox<String> daemonSet = new ComboBox<>(model.daemonSets());
        daemonSet.setId("mapDaemonSet");
        daemonSet.setPromptText(messages.get("map.daemonSet.prompt"));
        daemonSet.setButtonCell(daemonSetCell());
        daemonSet.setCellFactory(list -> daemonSetCell());
        daemonSet.setValue(model.daemonSetProperty().get());
        boolean[] restoring = {false};
        daemonSet.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !restoring[0]) {
                model.daemonSetProperty().set(now);
                model.colorModeProperty().set(ColorMode.DAEMONSET);
            }
        });
        model.daemonSetProperty().addListener((obs, old, now) -> daemonSet.setValue(now));
        // replacing the items (while a new plan is computed) clears the combo's value: show the model's again
        model.daemonSets().addListener((ListChangeListener<String>) c -> {
            restoring[0] = true;
            daemonSet.setValue(model.daemonSetProperty().get());
            restoring[0] = false;
        });
        daemonSet.setPrefWidth(260);
        ComboBox<String> groupBy = new ComboBox<>(model.labelKeys());
        groupBy.setId("mapGroupBy");
        follow(groupBy, model.groupByProperty());
        ChoiceBox<ColorMode> colorMode = new ChoiceBox<>(FXCollections.observableArrayList(ColorMode.values()));
        colorMode.setId("mapColorMode");
        colorMode.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColorMode mode) {
                return mode == null ? "" : messages.get(mode.key());
            }

            @Override
            public ColorMode fromString(String text) {
                return null;
            }
        });
        colorMode.valueProperty().bindBidirectional(model.colorModeProperty());
        ComboBox<String> colorLabel = new ComboBox<>(model.labelKeys());
        colorLabel.setId("mapColorLabel");
        follow(colorLabel, model.colorLabelProperty());
        colorLabel.visibleProperty().bind(model.colorModeProperty().isEqualTo(ColorMode.LABEL));
        colorLabel.managedProperty().bind(colorLabel.visibleProperty());
        groupBy.setButtonCell(elidedCell());
        colorLabel.setButtonCell(elidedCell());
        groupBy.setPrefWidth(270); // "topology.kubernetes.io/zone" whole
        colorLabel.setPrefWidth(240);
        // in a narrow view (the why panel docked beside the map) the choices wrap onto a second row, each group
        // whole, rather than shrink until "logging/fluent-bit" reads "logging/flu…"
        daemonSet.setMinWidth(Region.USE_PREF_SIZE);
        groupBy.setMinWidth(Region.USE_PREF_SIZE);
        colorLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane choices = new FlowPane(16, 4,
                choiceGroup("mapDaemonSetChoice", Labels.fixed(messages.get("map.daemonSet")), daemonSet),
                choiceGroup("mapColorChoice", Labels.fixed(messages.get("map.colorBy")), colorMode, colorLabel),
                choiceGroup("mapGroupChoice", Labels.fixed(messages.get("map.groupBy")), groupBy));
        choices.setId("mapChoices");
        choices.setMinWidth(0);
        choices.setPrefWrapLength(0); // as wide as the bar gives it, wrapped there
        HBox zoom = new HBox(8,
                iconButton("mapZoomOut", Material2MZ.ZOOM_OUT, "map.zoomOut", () -> map.zoomCentred(0.8)),
                iconButton("mapZoomIn", Material2MZ.ZOOM_IN, "map.zoomIn", () -> map.zoomCentred(1.25)),
                iconButton("mapFit", Material2MZ.ZOOM_OUT_MAP, "map.fit", map::fitToWindow));
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        choices.getChildren().add(zoom); // beside the last choice: two rows at the why panel's side, not three
        colorMode.setPrefWidth(200);
        colorMode.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane bar = new BorderPane(choices);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /** A label and its choices, kept on one row of the toolbar. */
    private static HBox choiceGroup(String id, Node... parts) {
        HBox group = new HBox(8, parts);
        group.setId(id);
        group.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        group.setMinWidth(Region.USE_PREF_SIZE);
        return group;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setAccessibleText(messages.get(tooltipKey));
        button.setFocusTraversable(false);
        button.setOnAction(e -> {
            action.run();
            map.requestFocus();
        });
        return button;
    }

    /** A combo box's shown choice, with a tooltip carrying all of it while it is elided. */
    private static ListCell<String> elidedCell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
            }
        };
        return io.dsstudio.ui.common.ElidedTooltip.install(cell);
    }

    private ListCell<String> daemonSetCell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                if (empty || key == null) {
                    setText(messages.get("map.daemonSet.prompt"));
                } else {
                    setText(model.isNewDaemonSet(key) ? messages.get("map.daemonSet.new", key) : key);
                }
            }
        };
        return io.dsstudio.ui.common.ElidedTooltip.install(cell);
    }

    /**
     * Keeps a combo box and a view-model property in step without a bidirectional binding: a combo box
     * clears its value when its items are replaced, which must not reset the user's choice.
     */
    private static void follow(ComboBox<String> combo, javafx.beans.property.StringProperty property) {
        combo.setValue(property.get());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((obs, old, now) -> combo.setValue(now));
    }

    /**
     * One swatch and label per entry; a recolour changes their counts and colours, so the entries shown keep their
     * nodes and take the new text and swatch (new nodes would each be styled afresh in the recolour's frame).
     */
    private void showLegend() {
        List<LegendEntry> entries = model.legend();
        javafx.collections.ObservableList<Node> shown = legend.getChildren();
        if (shown.size() > entries.size()) {
            shown.remove(entries.size(), shown.size());
        }
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry entry = entries.get(i);
            if (i == shown.size()) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll(Styles.SWATCH, entry.color().swatchStyleClass());
                Label text = new Label(entry.text());
                text.setMinWidth(Region.USE_PREF_SIZE);
                shown.add(new HBox(4, swatch, text));
            } else {
                List<Node> parts = ((HBox) shown.get(i)).getChildren();
                javafx.collections.ObservableList<String> swatchClasses = parts.get(0).getStyleClass();
                if (!swatchClasses.equals(List.of(Styles.SWATCH, entry.color().swatchStyleClass()))) {
                    swatchClasses.setAll(Styles.SWATCH, entry.color().swatchStyleClass());
                }
                ((Label) parts.get(1)).setText(entry.text());
            }
        }
    }

    private void showTileMenu(String node, Point2D at) {
        MenuItem select = new MenuItem(messages.get("map.menu.select", node));
        select.setId("mapMenuSelect");
        select.setOnAction(e -> model.activate(node));
        MenuItem why = new MenuItem(model.daemonSetProperty().get() == null ? messages.get("map.menu.whyNone")
                : messages.get("map.menu.why", model.daemonSetProperty().get()));
        why.setId("mapMenuWhy");
        why.setDisable(!model.canOpenWhy());
        why.setOnAction(e -> model.openWhy(node));
        tileMenu.getItems().setAll(select, why);
        tileMenu.show(map, at.getX(), at.getY());
    }

    /** Docks a panel under the map (the rollout dock). */
    public void setDock(Node dock) {
        root.setBottom(dock);
    }

    public NodeMapView map() {
        return map;
    }

    public Node root() {
        return root;
    }
}
