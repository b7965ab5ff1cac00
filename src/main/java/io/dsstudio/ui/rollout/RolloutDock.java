package io.dsstudio.ui.rollout;

import io.dsstudio.ui.common.Icons;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;

/**
 * The collapsible rollout dock under the node map: Step / Run to end / Stop with the progress bar and the
 * forecast on the left, the chart of updated / available / unavailable pods per sync in the middle, and the
 * per-sync summaries on the right.
 */
public final class RolloutDock {
    static final double HEIGHT = 240;

    private final RolloutDockViewModel model;
    private final Messages messages;
    private final TitledPane root = new TitledPane();
    private final XYChart.Series<Number, Number> updated = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> available = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> unavailable = new XYChart.Series<>();
    private final NumberAxis syncAxis = new NumberAxis();
    private final NumberAxis pods = new NumberAxis();
    private LineChart<Number, Number> chart;

    public RolloutDock(RolloutDockViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("rolloutDock");
        root.getStyleClass().add(Styles.ROLLOUT_DOCK);
        root.textProperty().bind(model.titleProperty());
        root.setAnimated(false);
        root.expandedProperty().bindBidirectional(model.expandedProperty());
        HBox content = new HBox(12, controls(), chart(), syncList());
        content.setPrefHeight(HEIGHT);
        content.setMinHeight(HEIGHT);
        root.setContent(content);
    }

    private Node controls() {
        Button step = Icons.on(new Button(messages.get("rollout.step")), Material2MZ.SKIP_NEXT);
        step.setId("rolloutStep");
        step.setOnAction(e -> model.step());
        step.disableProperty().bind(model.canStepProperty().not().or(model.busyProperty()).or(model.runningProperty()));
        Button run = Icons.on(new Button(messages.get("rollout.runToEnd")), Material2MZ.PLAY_ARROW);
        run.setId("rolloutRun");
        run.setOnAction(e -> model.runToEnd());
        run.disableProperty().bind(model.canStepProperty().not().or(model.busyProperty()).or(model.runningProperty()));
        Button stop = Icons.on(new Button(messages.get("rollout.stop")), Material2MZ.STOP);
        stop.setId("rolloutStop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not());
        for (Button b : List.of(step, run, stop)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // wraps to a second row when the dock is narrow (the why panel open beside the views), rather than clipping
        FlowPane buttons = new FlowPane(6, 6, step, run, stop);

        ProgressBar progress = new ProgressBar();
        progress.setId("rolloutProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("rolloutProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        HBox progressRow = new HBox(8, progress, progressText);
        progressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label forecastTitle = new Label(messages.get("rollout.forecast"));
        forecastTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label headline = wrapping("rolloutForecast");
        headline.textProperty().bind(model.forecastHeadlineProperty());
        Label blocked = wrapping("rolloutBlocked");
        blocked.getStyleClass().add(Styles.ERROR_TEXT);
        blocked.textProperty().bind(model.forecastBlockedProperty());
        Icons.on(blocked, Material2AL.BLOCK);
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        VBox unblock = new VBox(2);
        unblock.setId("rolloutUnblock");
        model.unblock().addListener((ListChangeListener<String>) c -> showUnblock(unblock));
        showUnblock(unblock);
        Label message = wrapping("rolloutMessage");
        message.getStyleClass().add(Styles.HINT);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox column = new VBox(6, buttons, progressRow, message, forecastTitle, headline, blocked, unblock);
        column.getStyleClass().add(Styles.ROLLOUT_CONTROLS);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId("rolloutControls");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(450);
        scroll.setMinWidth(240); // with the why panel open the views are 740 px wide at 1,280: the dock must fit
        return scroll;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void showUnblock(VBox box) {
        List<Node> lines = new ArrayList<>();
        for (String line : model.unblock()) {
            Label label = wrapping(null);
            label.setText("\u2022 " + line);
            lines.add(label);
        }
        box.getChildren().setAll(lines);
    }

    private Node chart() {
        syncAxis.setLabel(messages.get("rollout.chart.sync"));
        syncAxis.setAutoRanging(false);
        syncAxis.setMinorTickVisible(false);
        syncAxis.setTickLabelFormatter(integers());
        pods.setAutoRanging(false);
        pods.setLabel(messages.get("rollout.chart.pods"));
        pods.setMinorTickVisible(false);
        pods.setTickLabelFormatter(integers());
        chart = new LineChart<>(syncAxis, pods);
        chart.setId("rolloutChart");
        chart.getStyleClass().add(Styles.ROLLOUT_CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendSide(Side.RIGHT);
        updated.setName(messages.get("rollout.chart.updated"));
        available.setName(messages.get("rollout.chart.available"));
        unavailable.setName(messages.get("rollout.chart.unavailable"));
        chart.getData().setAll(List.of(updated, available, unavailable));
        chart.setPrefWidth(460);
        chart.setMinWidth(200);
        HBox.setHgrow(chart, Priority.ALWAYS);
        model.series().addListener((ListChangeListener<SyncPoint>) c -> showSeries());
        showSeries();
        return chart;
    }

    private static StringConverter<Number> integers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        };
    }

    private void showSeries() {
        List<XYChart.Data<Number, Number>> u = new ArrayList<>();
        List<XYChart.Data<Number, Number>> a = new ArrayList<>();
        List<XYChart.Data<Number, Number>> n = new ArrayList<>();
        for (SyncPoint p : model.series()) {
            u.add(new XYChart.Data<>(p.sync(), p.counts().updated()));
            a.add(new XYChart.Data<>(p.sync(), p.counts().available()));
            n.add(new XYChart.Data<>(p.sync(), p.counts().unavailable()));
        }
        // symbols only while they stay apart: hundreds of syncs draw plain lines
        chart.setCreateSymbols(u.size() <= 40);
        int syncs = model.series().isEmpty() ? 0 : model.series().get(model.series().size() - 1).sync();
        int most = 1;
        for (SyncPoint p : model.series()) {
            most = Math.max(most, Math.max(p.counts().desired(), Math.max(p.counts().available(), p.counts().unavailable())));
        }
        range(syncAxis, 1, Math.max(5, syncs));
        range(pods, 0, most);
        updated.getData().setAll(u);
        available.getData().setAll(a);
        unavailable.getData().setAll(n);
    }

    /** Whole-number ticks, about five of them, from {@code lower} to {@code upper} or a little above. */
    private static void range(NumberAxis axis, int lower, int upper) {
        int span = Math.max(1, upper - lower);
        int unit = Math.max(1, (int) Math.ceil(span / 5.0));
        axis.setLowerBound(lower);
        axis.setUpperBound(lower + (int) Math.ceil((double) span / unit) * unit);
        axis.setTickUnit(unit);
    }

    private Node syncList() {
        ListView<String> list = new ListView<>(model.summaries());
        list.setId("rolloutSyncs");
        list.setPlaceholder(wrapping(null));
        ((Label) list.getPlaceholder()).setText(messages.get("rollout.syncs.none"));
        list.setCellFactory(view -> new SummaryCell(view));
        list.setPrefWidth(310);
        list.setMinWidth(180);
        model.summaries().addListener((ListChangeListener<String>) c -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        return list;
    }

    /**
     * A summary wrapped to the list's width (a Text, so Chinese wraps between characters and the cell grows with it):
     * all of it is read without scrolling sideways.
     */
    private static final class SummaryCell extends javafx.scene.control.ListCell<String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        SummaryCell(ListView<String> list) {
            text.getStyleClass().add(Styles.ROLLOUT_SUMMARY);
            text.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
            setAccessibleText(empty ? null : item);
        }
    }

    public TitledPane root() {
        return root;
    }
}
