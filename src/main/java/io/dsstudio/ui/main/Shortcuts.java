package io.dsstudio.ui.main;

import java.util.List;

/** Every shortcut of the app, in the form {@code KeyCombination.valueOf} reads. */
public final class Shortcuts {
    public static final String OPEN = "Shortcut+O";
    public static final String OPEN_FOLDER = "Shortcut+Shift+O";
    public static final String OPEN_DEMO = "Shortcut+Shift+D";
    public static final String UNDO = "Shortcut+Z";
    public static final String REDO = "Shortcut+Shift+Z";
    public static final String PREVIEW = "Shortcut+P";
    public static final String COMMIT = "Shortcut+Enter";
    public static final String DISCARD = "Shortcut+Backspace";
    public static final String VIEW_OVERVIEW = "Shortcut+1";
    public static final String VIEW_NODES = "Shortcut+2";
    public static final String VIEW_LABELS = "Shortcut+3";
    public static final String VIEW_DAEMONSETS = "Shortcut+4";
    public static final String VIEW_MAP = "Shortcut+5";
    public static final String FILTER = "Shortcut+F";
    public static final String THEME = "Shortcut+T";
    public static final String CANCEL = "Shortcut+Period";
    public static final String HELP = "F1";
    public static final String QUIT = "Shortcut+Q";
    public static final String SAVE = "Shortcut+S";
    public static final String SAVE_AS = "Shortcut+Shift+S";
    public static final String EDIT_DAEMONSET = "Shortcut+E";
    public static final String PREFERENCES = "Shortcut+Comma";
    public static final String WHY = "Shortcut+I";
    public static final String PALETTE = "Shortcut+K";
    public static final String OPEN_OVERLAY = "Shortcut+Shift+M";

    private Shortcuts() {
    }

    public static List<Shortcut> all() {
        return List.of(
                new Shortcut(OPEN, "menu.file.open"), new Shortcut(OPEN_FOLDER, "menu.file.openFolder"),
                new Shortcut(OPEN_DEMO, "menu.file.openDemo"), new Shortcut(QUIT, "menu.file.quit"),
                new Shortcut(UNDO, "menu.edit.undo"), new Shortcut(REDO, "menu.edit.redo"),
                new Shortcut(PREVIEW, "menu.edit.preview"), new Shortcut(COMMIT, "menu.edit.commit"),
                new Shortcut(DISCARD, "menu.edit.discard"), new Shortcut(CANCEL, "menu.edit.cancelTask"),
                new Shortcut(VIEW_OVERVIEW, "view.overview"), new Shortcut(VIEW_NODES, "view.nodes"), new Shortcut(VIEW_LABELS, "view.labels"),
                new Shortcut(VIEW_DAEMONSETS, "view.daemonsets"), new Shortcut(VIEW_MAP, "view.map"),
                new Shortcut(FILTER, "menu.view.filter"), new Shortcut(THEME, "menu.view.theme"),
                new Shortcut(HELP, "menu.help.shortcuts"),
                new Shortcut("+ / -", "shortcut.map.zoom"), new Shortcut("\u2190 \u2191 \u2192 \u2193", "shortcut.map.move"),
                new Shortcut("Enter", "shortcut.map.activate"),
                new Shortcut("Shift+\u2190 \u2191 \u2192 \u2193", "shortcut.map.pan"),
                new Shortcut("0", "shortcut.map.reset"),
                new Shortcut(SAVE, "menu.file.save"), new Shortcut(SAVE_AS, "menu.file.saveAs"),
                new Shortcut(EDIT_DAEMONSET, "menu.edit.editDaemonSet"), new Shortcut(WHY, "why.menu"),
                new Shortcut(PALETTE, "palette.menu"),
                new Shortcut(PREFERENCES, "menu.edit.preferences"),
                new Shortcut(OPEN_OVERLAY, "menu.file.openOverlay"));
    }
}
