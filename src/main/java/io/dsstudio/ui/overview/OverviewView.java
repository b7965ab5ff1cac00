package io.dsstudio.ui.overview;

import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/**
 * The first view: the cluster's nodes by status, one card per DaemonSet with its counts as bars and chips for what
 * needs attention, and every warning of the snapshot. Everything is a button or link that jumps to what it shows.
 */
public final class OverviewView {
    private static final String CARD = "ds-card";
    private static final String CHIP = "ds-chip";

    private final OverviewViewModel model;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();
    private final FlowPane counts = new FlowPane(8, 8);
    private final FlowPane cards = new FlowPane(12, 12);
    private final VBox warnings = new VBox(2);
    /** The summary on screen: one that differs only in its warnings (they came after the plan) rebuilds only those. */
    private OverviewSummary shown = OverviewSummary.EMPTY;

    public OverviewView(OverviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("overviewView");
        root.setFitToWidth(true);
        counts.setId("overviewCounts");
        cards.setId("overviewCards");
        warnings.setId("overviewWarnings");
        VBox content = new VBox(10, title("overview.nodes"), counts, title("overview.daemonSets"), cards,
                title("overview.warnings"), warnings);
        content.setPadding(new Insets(12));
        root.setContent(content);
        model.summaryProperty().addListener((obs, old, now) -> show(now));
        show(model.summaryProperty().get());
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private void show(OverviewSummary summary) {
        if (summary == OverviewSummary.EMPTY) {
            // no plan yet (a snapshot is read or planned): zero counts would say the cluster is empty
            Label waiting = new Label(messages.get("ds.planning"));
            waiting.setId("overviewWaiting");
            counts.getChildren().setAll(waiting);
            cards.getChildren().clear();
            warnings.getChildren().clear();
            shown = summary;
            return;
        }
        boolean onlyWarningsChanged = shown != OverviewSummary.EMPTY && shown.cards().equals(summary.cards())
                && shown.nodes().equals(summary.nodes());
        shown = summary;
        if (!onlyWarningsChanged) {
            showCountsAndCards(summary);
        }
        showWarnings(summary);
    }

    /** The node counts and a card per DaemonSet: at 10,000 nodes and 40 DaemonSets most of a summary's FX-thread work. */
    private void showCountsAndCards(OverviewSummary summary) {
        ClusterCounts nodes = summary.nodes();
        counts.getChildren().setAll(
                count("overviewNodesAll", "overview.count.all", nodes.all(), Material2MZ.STORAGE, ""),
                count("overviewNodesReady", "overview.count.ready", nodes.ready(), Material2AL.CHECK_CIRCLE, "ok"),
                count("overviewNodesNotReady", "overview.count.notReady", nodes.notReady(), Material2AL.ERROR_OUTLINE, "error"),
                count("overviewNodesUnknown", "overview.count.unknown", nodes.unknown(), Material2AL.HELP_OUTLINE, "warn"),
                count("overviewNodesCordoned", "overview.count.cordoned", nodes.cordoned(), Material2AL.BLOCK, "warn"),
                count("overviewNodesTainted", "overview.count.tainted", nodes.tainted(), Material2AL.LABEL, "info"));
        cards.getChildren().clear();
        for (int i = 0; i < summary.cards().size(); i++) {
            cards.getChildren().add(card(i, summary.cards().get(i)));
        }
        if (summary.cards().isEmpty()) {
            cards.getChildren().add(new Label(messages.get("overview.noDaemonSets")));
        }
    }

    private void showWarnings(OverviewSummary summary) {
        warnings.getChildren().clear();
        for (int i = 0; i < summary.warnings().size(); i++) {
            warnings.getChildren().add(warning(i, summary.warnings().get(i)));
        }
        if (summary.warningsPending()) {
            // the plan is shown before the snapshot's cross-object checks end: say so rather than "No warnings"
            Label pending = new Label(messages.get("overview.warningsPending"), new FontIcon(Material2MZ.SYNC));
            pending.setId("overviewWarningsPending");
            warnings.getChildren().add(pending);
        } else if (summary.warnings().isEmpty()) {
            warnings.getChildren().add(new Label(messages.get("overview.noWarnings")));
        }
    }

    private Button count(String id, String key, List<String> names, Ikon icon, String tone) {
        Button button = new Button(messages.get(key, names.size()), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(CHIP, tone.isEmpty() ? CHIP : CHIP + "-" + tone);
        button.setDisable(names.isEmpty() && !id.equals("overviewNodesAll"));
        button.setOnAction(e -> model.showNodes(names));
        return button;
    }

    private Node card(int index, DaemonSetCard card) {
        Hyperlink name = new Hyperlink(card.key());
        name.setId("overviewCard" + index);
        name.getStyleClass().add(Styles.SECTION_TITLE);
        name.setOnAction(e -> model.showDaemonSet(card.key(), false));
        StatusCounts s = card.status();
        int scale = Math.max(1, Math.max(s.desiredNumberScheduled(), s.currentNumberScheduled()));
        GridPane bars = new GridPane();
        bars.setHgap(6);
        bars.setVgap(2);
        String[] keys = {"ds.col.desired", "ds.col.current", "ds.col.ready", "ds.col.upToDate", "ds.col.available"};
        int[] values = {s.desiredNumberScheduled(), s.currentNumberScheduled(), s.numberReady(), s.updatedNumberScheduled(),
                s.numberAvailable()};
        for (int i = 0; i < keys.length; i++) {
            ProgressBar bar = new ProgressBar((double) values[i] / scale);
            bar.setPrefWidth(150);
            bar.getStyleClass().add("ds-bar");
            // no id of its own: JavaFX keys its cache of a node's matching styles on the id, and a count per card and
            // row with ids of their own each matched the whole theme's selectors anew (a third of the cards' CSS work)
            Label number = new Label(java.text.NumberFormat.getIntegerInstance(messages.locale()).format(values[i]));
            bars.addRow(i, new Label(messages.get(keys[i])), bar, number);
        }
        FlowPane chips = new FlowPane(4, 4);
        for (DaemonSetCard.Chip chip : card.chips()) {
            chips.getChildren().add(chip(card.key(), chip));
        }
        if (card.chips().isEmpty()) {
            Label ok = new Label(messages.get("overview.chip.ok"), new FontIcon(Material2AL.CHECK_CIRCLE));
            ok.getStyleClass().addAll(CHIP, CHIP + "-ok");
            chips.getChildren().add(ok);
        }
        VBox box = new VBox(6, name, bars, chips);
        box.getStyleClass().add(CARD);
        box.setPrefWidth(300);
        return box;
    }

    private Button chip(String key, DaemonSetCard.Chip chip) {
        Ikon icon;
        String tone;
        String text;
        switch (chip.kind()) {
            case MISSCHEDULED -> {
                icon = Material2MZ.WARNING;
                tone = "warn";
                text = messages.get("overview.chip.misscheduled", chip.count());
            }
            case MISSING -> {
                icon = Material2AL.ERROR_OUTLINE;
                tone = "error";
                text = messages.get("overview.chip.missing", chip.count());
            }
            case ROLLOUT -> {
                icon = Material2MZ.SYNC;
                tone = "info";
                text = messages.get("overview.chip.rollout", chip.count(), chip.total());
            }
            case UNAVAILABLE -> {
                icon = Material2AL.HOURGLASS_EMPTY;
                tone = "warn";
                text = messages.get("overview.chip.unavailable", chip.count());
            }
            default -> {
                icon = Material2AL.BLOCK;
                tone = "error";
                text = messages.get("overview.chip.matchesNoNode");
            }
        }
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().addAll(CHIP, CHIP + "-" + tone);
        boolean notRunning = chip.kind() == DaemonSetCard.Chip.Kind.MISSING;
        button.setOnAction(e -> model.showDaemonSet(key, notRunning));
        return button;
    }

    private Node warning(int index, OverviewWarning w) {
        String text = w.code() + (w.object().isEmpty() ? "" : " \u00b7 " + w.object()) + ": "
                + new io.dsstudio.ui.common.DiagnosticText(messages).of(w.text(), w.message());
        if (w.daemonSet() == null && w.node() == null) {
            Label label = new Label(text, new FontIcon("ERROR".equals(w.severity()) ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
            label.setId("overviewWarning" + index);
            label.setWrapText(true);
            return label;
        }
        Hyperlink link = new Hyperlink(text, new FontIcon("ERROR".equals(w.severity()) ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
        link.setId("overviewWarning" + index);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(text));
        link.getStyleClass().add("ERROR".equals(w.severity()) ? CHIP + "-error" : CHIP + "-warn");
        link.setOnAction(e -> {
            if (w.daemonSet() != null) {
                model.showDaemonSet(w.daemonSet(), false);
            } else if (w.node() != null) {
                model.showNodes(List.of(w.node()));
            }
        });
        return link;
    }

    public Node root() {
        return root;
    }
}
