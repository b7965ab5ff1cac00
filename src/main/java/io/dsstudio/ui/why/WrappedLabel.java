package io.dsstudio.ui.why;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A wrapping label that remembers its height at the last width: the panel's scroll pane and boxes ask each label's
 * height for a width several times per layout pass, and a label lays its whole text out again for every question (at
 * 10,000 nodes that was a quarter of the panel's frame and half of what the FX thread allocated).
 */
final class WrappedLabel extends Label {
    private double measuredWidth = Double.NaN;
    private String measuredText;
    private Font measuredFont;
    private Insets measuredInsets;
    private double measuredHeight;
    private int measurements;

    WrappedLabel() {
        setWrapText(true);
    }

    WrappedLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        String text = getText();
        if (width == measuredWidth && text == measuredText && getFont() == measuredFont && getInsets().equals(measuredInsets)
                && getGraphic() == null) {
            return measuredHeight;
        }
        double height = super.computePrefHeight(width);
        measurements++;
        measuredWidth = width;
        measuredText = text;
        measuredFont = getFont();
        measuredInsets = getInsets();
        measuredHeight = height;
        return height;
    }

    /** How many times the text was laid out to measure the height. */
    int measurements() {
        return measurements;
    }
}
