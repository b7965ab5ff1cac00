package io.dsstudio.ui.overview;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/** A card's parts, found from its title link ({@code #overviewCardN}): its counts and chips have no ids (see OverviewView). */
public final class OverviewCards {
    private OverviewCards() {
    }

    /** The number of row {@code row} (desired, current, ready, up to date, available) of the card titled by {@code title}. */
    public static Label count(Node title, int row) {
        GridPane bars = (GridPane) title.getParent().getChildrenUnmodifiable().get(1);
        return (Label) bars.getChildren().stream()
                .filter(n -> Integer.valueOf(row).equals(GridPane.getRowIndex(n)) && Integer.valueOf(2).equals(GridPane.getColumnIndex(n)))
                .findFirst().orElseThrow();
    }

    public static Pane chips(Node title) {
        Parent card = title.getParent();
        return (Pane) card.getChildrenUnmodifiable().get(2);
    }
}
