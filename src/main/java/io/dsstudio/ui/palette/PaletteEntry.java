package io.dsstudio.ui.palette;

/**
 * One thing the command palette finds.
 *
 * @param text   what is matched and shown (a node name, namespace/name, key=value, or a menu path)
 * @param detail a second, dimmer column (node status, a label's node count, a shortcut)
 */
public record PaletteEntry(Kind kind, String text, String detail, Runnable action) {
    public enum Kind { COMMAND, DAEMONSET, NODE, LABEL }
}
