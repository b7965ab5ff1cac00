package io.dsstudio.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Finds the visible labeled controls whose skin draws less than their text while no tooltip carries all of it. */
final class ElidedText {
    private ElidedText() {
    }

    static List<String> withoutTooltip(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    /** The visible labeled controls under {@code root} that show less than their text, tooltip or not. */
    static List<String> anyUnder(Node root) {
        List<String> found = new ArrayList<>();
        walkAll(root, found);
        return found;
    }

    private static void walkAll(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && elided(labeled)) {
            found.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walkAll(child, found);
            }
        }
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && elided(labeled) && !tooltipCarries(labeled)) {
            found.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /** The skin's LabeledText (its Text child) shows other text than getText() (mnemonic markers aside). */
    private static boolean elided(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text rendered && child.getClass().getSimpleName().equals("LabeledText")) {
                String shown = rendered.getText() == null ? "" : rendered.getText();
                return !shown.equals(full) && !(labeled.isMnemonicParsing() && shown.equals(full.replaceFirst("_", "")));
            }
        }
        return false;
    }

    private static boolean tooltipCarries(Labeled labeled) {
        Tooltip tooltip = labeled.getTooltip();
        return tooltip != null && labeled.getText().equals(tooltip.getText());
    }

    private static String describe(Labeled labeled) {
        StringBuilder path = new StringBuilder();
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        return labeled.getClass().getSimpleName() + labeled.getStyleClass() + " \"" + labeled.getText() + "\" shown as \""
                + labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("?") + "\" (" + Math.round(labeled.getWidth()) + " px)" + path;
    }
}
