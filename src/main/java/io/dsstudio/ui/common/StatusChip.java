package io.dsstudio.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;

/**
 * A status shown as a chip: a tinted rounded label with an icon and text, coloured by its {@link ChipKind}'s tone.
 * Use {@link #of} for a fixed chip, or keep one and call {@link #show} (e.g. as a table cell's graphic).
 */
public final class StatusChip extends Label {
    private final FontIcon icon = new FontIcon();
    private ChipKind kind;

    public StatusChip() {
        getStyleClass().add(Styles.CHIP);
        icon.getStyleClass().add(Styles.CHIP_ICON);
        setGraphic(icon);
        setMinWidth(USE_PREF_SIZE);
    }

    public static StatusChip of(ChipKind kind, String text) {
        StatusChip chip = new StatusChip();
        chip.show(kind, text);
        return chip;
    }

    /** Shows another status; the full text is also the tooltip, so a narrow column never hides it. */
    public void show(ChipKind kind, String text) {
        if (this.kind != null) {
            getStyleClass().removeAll(this.kind.styleClass(), this.kind.tone().styleClass());
        }
        this.kind = kind;
        getStyleClass().addAll(kind.styleClass(), kind.tone().styleClass());
        icon.setIconCode(kind.icon());
        setText(text);
        setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
    }

    public ChipKind kind() {
        return kind;
    }

    /** Every tone's style class (to clear a reused node). */
    public static String[] toneClasses() {
        return Arrays.stream(ChipKind.Tone.values()).map(ChipKind.Tone::styleClass).toArray(String[]::new);
    }
}
