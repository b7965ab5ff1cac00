package io.dsstudio.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A short confirmation over the bottom right of a window ("Committed: …" with an Undo button) that hides itself
 * after a while. It floats as an unmanaged child of the host pane, so the host's layout does not change.
 */
public final class Toast {
    public static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final double MARGIN = 16;
    private static final double ABOVE_STATUS_BAR = 40;

    private final Pane host;
    private final HBox box = new HBox();
    private final Label text = new Label();
    private final Button action = new Button();
    private final Button close = new Button();
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    public Toast(Pane host, String closeText) {
        this.host = host;
        box.setId("toast");
        box.getStyleClass().add(Styles.TOAST);
        text.setId("toastText");
        text.setGraphic(Icons.icon(Material2AL.CHECK_CIRCLE));
        action.setId("toastAction");
        action.getStyleClass().addAll(atlantafx.base.theme.Styles.ACCENT, atlantafx.base.theme.Styles.SMALL);
        close.setId("toastClose");
        close.setGraphic(Icons.icon(Material2AL.CLOSE));
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON,
                atlantafx.base.theme.Styles.SMALL);
        close.setAccessibleText(closeText);
        close.setOnAction(e -> hide());
        box.getChildren().addAll(text, action, close);
        box.setManaged(false);
        box.setVisible(false);
        timer.setOnFinished(e -> hide());
        host.widthProperty().addListener((obs, old, now) -> place());
        host.heightProperty().addListener((obs, old, now) -> place());
    }

    /** Shows {@code message} with a button running {@code onAction} (and then hiding the toast). */
    public void show(String message, String actionText, Runnable onAction) {
        text.setText(message);
        action.setText(actionText);
        action.setGraphic(Icons.icon(Material2MZ.UNDO));
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        if (!host.getChildren().contains(box)) {
            host.getChildren().add(box);
        }
        box.setVisible(true);
        box.toFront();
        place();
        timer.playFromStart();
    }

    public void hide() {
        timer.stop();
        box.setVisible(false);
    }

    public boolean isShowing() {
        return box.isVisible();
    }

    public String text() {
        return text.getText();
    }

    private void place() {
        if (!box.isVisible()) {
            return;
        }
        box.applyCss();
        double width = Math.min(box.prefWidth(-1), Math.max(0, host.getWidth() - 2 * MARGIN));
        double height = box.prefHeight(width);
        box.resizeRelocate(host.getWidth() - width - MARGIN, host.getHeight() - height - ABOVE_STATUS_BAR, width, height);
    }
}
