package io.dsstudio.ui.overview;

import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.text.NumberFormat;

/**
 * One DaemonSet's card of the overview. It is made from the DaemonSet's key alone, as soon as the snapshot is there,
 * so that JavaFX's first CSS pass and layout of the cards (most of the overview's FX-thread work at 40 DaemonSets)
 * happen while the snapshot is being planned; {@link #fill} then sets its counts and chips from the plan, the same
 * nodes again for every later plan.
 */
final class OverviewCardNode {
    static final String CARD = "ds-card";
    static final String CHIP = "ds-chip";
    private static final String[] ROWS = {"ds.col.desired", "ds.col.current", "ds.col.ready", "ds.col.upToDate", "ds.col.available"};

    private final String key;
    private final Messages messages;
    private final OverviewViewModel model;
    private final Hyperlink name;
    private final VBox root;
    private final ProgressBar[] bars = new ProgressBar[ROWS.length];
    private final Label[] numbers = new Label[ROWS.length];
    private final FlowPane chips = new FlowPane(4, 4);
    private DaemonSetCard filled;

    OverviewCardNode(int index, String key, OverviewViewModel model, Messages messages) {
        this.key = key;
        this.messages = messages;
        this.model = model;
        name = new Hyperlink(key);
        name.setId(id(index));
        name.getStyleClass().add(Styles.SECTION_TITLE);
        name.setOnAction(e -> model.showDaemonSet(key, false));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        for (int i = 0; i < ROWS.length; i++) {
            bars[i] = new ProgressBar(0);
            bars[i].setPrefWidth(150);
            bars[i].getStyleClass().add("ds-bar");
            // no id of its own: JavaFX keys its cache of a node's matching styles on the id, and a count per card and
            // row with ids of their own each matched the whole theme's selectors anew (a third of the cards' CSS work)
            numbers[i] = new Label("0");
            grid.addRow(i, new Label(messages.get(ROWS[i])), bars[i], numbers[i]);
        }
        root = new VBox(6, name, grid, chips);
        root.getStyleClass().add(CARD);
        root.setPrefWidth(300);
    }

    private static String id(int index) {
        return "overviewCard" + index;
    }

    /** This card, now the {@code index}-th (from 0) of the overview (a plan without an earlier DaemonSet moves it up). */
    OverviewCardNode at(int index) {
        if (!id(index).equals(name.getId())) {
            name.setId(id(index));
        }
        return this;
    }

    String key() {
        return key;
    }

    VBox root() {
        return root;
    }

    /** Shows the card's counts and chips; the same card again changes nothing. */
    void fill(DaemonSetCard card) {
        if (card.equals(filled)) {
            return;
        }
        StatusCounts s = card.status();
        int scale = Math.max(1, Math.max(s.desiredNumberScheduled(), s.currentNumberScheduled()));
        int[] values = {s.desiredNumberScheduled(), s.currentNumberScheduled(), s.numberReady(), s.updatedNumberScheduled(),
                s.numberAvailable()};
        NumberFormat format = NumberFormat.getIntegerInstance(messages.locale());
        for (int i = 0; i < ROWS.length; i++) {
            bars[i].setProgress((double) values[i] / scale);
            numbers[i].setText(format.format(values[i]));
        }
        if (filled == null || !card.chips().equals(filled.chips())) {
            chips.getChildren().clear();
            for (DaemonSetCard.Chip chip : card.chips()) {
                chips.getChildren().add(chip(chip));
            }
            if (card.chips().isEmpty()) {
                Label ok = new Label(messages.get("overview.chip.ok"), new FontIcon(Material2AL.CHECK_CIRCLE));
                ok.getStyleClass().addAll(CHIP, CHIP + "-ok");
                chips.getChildren().add(ok);
            }
        }
        filled = card;
    }

    private Button chip(DaemonSetCard.Chip chip) {
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
}
