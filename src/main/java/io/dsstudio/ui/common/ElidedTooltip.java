package io.dsstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A tooltip with the full text on a {@link Labeled} exactly while its skin shows the text elided (the skin's
 * rendered text differs from {@code getText()}); a tooltip the control already has is left alone.
 */
public final class ElidedTooltip {
    private static final String INSTALLED = "ds.elidedTooltip";
    private static final String OURS = "ds.elidedTooltip.ours";
    private static final String WATCHED_TEXT = "ds.elidedTooltip.text";
    private static final String PENDING = "ds.elidedTooltip.pending";

    private ElidedTooltip() {
    }

    /** Watches the control from now on (idempotent). */
    public static <T extends Labeled> T install(T labeled) {
        if (labeled.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return labeled;
        }
        labeled.skinProperty().addListener((obs, old, now) -> watchRenderedText(labeled));
        labeled.textProperty().addListener(obs -> textChanged(labeled));
        watchRenderedText(labeled);
        return labeled;
    }

    /** The text the skin draws (LabeledText is the one Text child of a labeled's skin), or null before the skin. */
    public static Text renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }

    /** Whether the skin shows less than the control's text (mnemonic underscores aside). */
    public static boolean isElided(Labeled labeled) {
        Text rendered = renderedText(labeled);
        String full = labeled.getText();
        if (rendered == null || full == null || full.isEmpty() || !rendered.isVisible()) {
            return false;
        }
        String shown = rendered.getText() == null ? "" : rendered.getText();
        return !shown.equals(full) && !(labeled.isMnemonicParsing() && shown.equals(withoutMnemonic(full)));
    }

    private static String withoutMnemonic(String text) {
        int underscore = text.indexOf('_');
        return underscore < 0 ? text : text.substring(0, underscore) + text.substring(underscore + 1);
    }

    private static void watchRenderedText(Labeled labeled) {
        Text rendered = renderedText(labeled);
        if (rendered != null && labeled.getProperties().get(WATCHED_TEXT) != rendered) {
            labeled.getProperties().put(WATCHED_TEXT, rendered);
            rendered.textProperty().addListener(obs -> updateAfterLayout(labeled));
        }
        if (rendered == null || rendered.getText() == null || rendered.getText().isEmpty()) {
            // a new skin has not laid the text out yet: the rendered text's listener judges it then
            dropOurs(labeled);
        } else {
            update(labeled);
        }
    }

    /**
     * Judges once the pulse that changed the rendered text is over: a new control is often laid out narrow first
     * and at its width a moment later, and a tooltip made for the narrow moment would be wasted.
     */
    private static void updateAfterLayout(Labeled labeled) {
        if (labeled.getProperties().putIfAbsent(PENDING, Boolean.TRUE) == null) {
            javafx.application.Platform.runLater(() -> {
                labeled.getProperties().remove(PENDING);
                update(labeled);
            });
        }
    }

    private static void dropOurs(Labeled labeled) {
        Tooltip current = labeled.getTooltip();
        if (current != null && current.getProperties().containsKey(OURS)) {
            labeled.setTooltip(null);
        }
    }

    /**
     * Until the skin lays the new text out, its rendered text is the old one, so whether the new text is elided is
     * decided when the rendered text changes (judging now would add and drop a tooltip, a popup window, on every
     * table cell update). A shown tooltip follows the text at once.
     */
    private static void textChanged(Labeled labeled) {
        Tooltip current = labeled.getTooltip();
        if (current != null && current.getProperties().containsKey(OURS)) {
            current.setText(labeled.getText());
        }
        if (renderedText(labeled) == null) {
            update(labeled);
        }
    }

    private static void update(Labeled labeled) {
        Tooltip current = labeled.getTooltip();
        boolean ours = current != null && current.getProperties().containsKey(OURS);
        if (isElided(labeled)) {
            if (current == null) {
                labeled.setTooltip(reusableTooltip(labeled));
            } else if (ours) {
                current.setText(labeled.getText());
            }
        } else if (ours) {
            labeled.setTooltip(null);
        }
    }

    /** The control's own tooltip, made once: a recycled table cell elides and stops eliding many times. */
    private static Tooltip reusableTooltip(Labeled labeled) {
        Tooltip tooltip = (Tooltip) labeled.getProperties().computeIfAbsent(OURS, k -> {
            Tooltip made = new Tooltip();
            made.getProperties().put(OURS, Boolean.TRUE);
            made.setWrapText(true);
            made.setMaxWidth(640);
            return made;
        });
        tooltip.setText(labeled.getText());
        return tooltip;
    }
}
