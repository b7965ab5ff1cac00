package io.dsstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** WCAG 2 contrast of colours as CSS applied them to nodes. */
public final class Contrast {
    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /**
     * The colour behind a node: the top-most opaque background fill of it or the nearest ancestor that paints one
     * (translucent fills are blended over what lies below).
     */
    public static Color backgroundBehind(Node node) {
        java.util.Deque<Color> layers = new java.util.ArrayDeque<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Background background = region.getBackground();
                if (background != null && !background.getFills().isEmpty()) {
                    java.util.List<BackgroundFill> fills = background.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        Paint fill = fills.get(i).getFill();
                        if (fill instanceof Color color && color.getOpacity() > 0) {
                            layers.push(color);
                            if (color.getOpacity() >= 1) {
                                return blend(layers);
                            }
                        }
                    }
                }
            }
        }
        layers.push(Color.WHITE);
        return blend(layers);
    }

    private static Color blend(java.util.Deque<Color> topFirstThenOpaqueBase) {
        java.util.Iterator<Color> fromBase = topFirstThenOpaqueBase.iterator();
        java.util.List<Color> list = new java.util.ArrayList<>();
        fromBase.forEachRemaining(list::add);
        // list: base (opaque) first after push order reversal
        Color result = list.get(0);
        for (int i = 1; i < list.size(); i++) {
            Color top = list.get(i);
            double a = top.getOpacity();
            result = new Color(top.getRed() * a + result.getRed() * (1 - a), top.getGreen() * a + result.getGreen() * (1 - a),
                    top.getBlue() * a + result.getBlue() * (1 - a), 1);
        }
        return result;
    }

    /** The first node under {@code root} (itself included) that satisfies {@code test}, depth first. */
    public static <T extends Node> java.util.Optional<T> find(Node root, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return java.util.Optional.of(type.cast(root));
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<T> found = find(child, type, test);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
