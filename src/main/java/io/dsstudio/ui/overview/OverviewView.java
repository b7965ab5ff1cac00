package io.dsstudio.ui.overview;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;

/**
 * The first view: the cluster's nodes by status, one card per DaemonSet with its counts as bars and chips for what
 * needs attention, and every warning of the snapshot. Everything is a button or link that jumps to what it shows.
 */
public final class OverviewView {
    private static final String CHIP = OverviewCardNode.CHIP;
    /** The style class of each line of {@code #overviewWarnings}. */
    static final String WARNING = "overview-warning";

    private final OverviewViewModel model;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();
    private final FlowPane counts = new FlowPane(8, 8);
    private final FlowPane cards = new FlowPane(12, 12);
    private final VBox warnings = new VBox(2);
    /** The cards in {@link #cards}, one per DaemonSet of the snapshot, made before its plan and filled by each summary. */
    private final List<OverviewCardNode> cardNodes = new ArrayList<>();
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
        model.daemonSetKeysProperty().addListener((obs, old, keys) -> prepareCards(keys));
        prepareCards(model.daemonSetKeysProperty().get());
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
            // kept, hidden: the cards of the snapshot being planned are styled and laid out meanwhile (prepareCards)
            showCards(false);
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
        placeCards(summary.cards().stream().map(DaemonSetCard::key).toList());
        for (int i = 0; i < summary.cards().size(); i++) {
            cardNodes.get(i).fill(summary.cards().get(i));
        }
        if (summary.cards().isEmpty()) {
            cards.getChildren().setAll(new Label(messages.get("overview.noDaemonSets")));
        }
        showCards(true);
    }

    /**
     * The cards of {@code keys} in their order, each the card made before for its key if there is one (a plan may
     * leave out DaemonSets of its snapshot): nodes taken out of the pane and put back would be styled again.
     */
    private void placeCards(List<String> keys) {
        java.util.Map<String, OverviewCardNode> made = new java.util.HashMap<>();
        cardNodes.forEach(card -> made.put(card.key(), card));
        List<OverviewCardNode> placed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            OverviewCardNode card = made.remove(keys.get(i));
            placed.add(card == null ? new OverviewCardNode(i, keys.get(i), model, messages) : card.at(i));
        }
        List<Node> roots = placed.stream().<Node>map(OverviewCardNode::root).toList();
        List<Node> kept = new ArrayList<>(cards.getChildren());
        kept.removeIf(node -> !roots.contains(node));
        if (kept.equals(roots)) {
            cards.getChildren().retainAll(roots);
        } else {
            cards.getChildren().setAll(roots);
        }
        cardNodes.clear();
        cardNodes.addAll(placed);
    }

    /**
     * The cards of a snapshot's DaemonSets, made hidden before its plan is there: JavaFX styles and lays out hidden
     * nodes too, so their first CSS pass happens while the plan is computed and its summary only fills them in. A
     * summary on screen keeps its cards until the next one.
     */
    private void prepareCards(List<String> keys) {
        if (shown == OverviewSummary.EMPTY && !keys.equals(cardKeys())) {
            makeCards(keys);
            showCards(false);
        }
    }

    private void makeCards(List<String> keys) {
        cardNodes.clear();
        for (int i = 0; i < keys.size(); i++) {
            cardNodes.add(new OverviewCardNode(i, keys.get(i), model, messages));
        }
        cards.getChildren().setAll(cardNodes.stream().map(OverviewCardNode::root).toList());
    }

    private List<String> cardKeys() {
        return cardNodes.stream().map(OverviewCardNode::key).toList();
    }

    /** Hidden cards take no room: the warnings' title stays under the DaemonSets' while they wait for the plan. */
    private void showCards(boolean shownNow) {
        cards.setVisible(shownNow);
        cards.setManaged(shownNow);
    }

    private void showWarnings(OverviewSummary summary) {
        warnings.getChildren().clear();
        for (int i = 0; i < summary.warnings().size(); i++) {
            warnings.getChildren().add(warning(summary.warnings().get(i)));
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

    private Node warning(OverviewWarning w) {
        String text = w.code() + (w.object().isEmpty() ? "" : " \u00b7 " + w.object()) + ": "
                + new io.dsstudio.ui.common.DiagnosticText(messages).of(w.text(), w.message());
        if (w.daemonSet() == null && w.node() == null) {
            Label label = new Label(text, new FontIcon("ERROR".equals(w.severity()) ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
            label.getStyleClass().add(WARNING);
            label.setWrapText(true);
            return label;
        }
        Hyperlink link = new Hyperlink(text, new FontIcon("ERROR".equals(w.severity()) ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
        // no id of its own (as the cards' counts): one per warning would defeat JavaFX's cache of matching styles
        link.getStyleClass().add(WARNING);
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
