package io.dsstudio.ui.palette;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeFacts;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the palette can find (each row shows its kind, so the detail never repeats it): the menu bar's enabled
 * commands with their shortcut, the snapshot's DaemonSets and nodes, and its label
 * values (key=value with the number of nodes; the per-node hostname label is left out, the node itself is listed).
 */
public final class PaletteEntries {
    private static final String HOSTNAME = "kubernetes.io/hostname";

    /** What choosing a found thing does. */
    public record Actions(Consumer<String> showNode, Consumer<String> showDaemonSet, Consumer<String> filterByLabel) {
    }

    private final Messages messages;
    private final Actions actions;

    public PaletteEntries(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    public List<PaletteEntry> of(MenuBar bar, Snapshot snapshot) {
        List<PaletteEntry> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            commands(menu, menu.getText(), out);
        }
        for (DaemonSet ds : snapshot.daemonSets()) {
            out.add(new PaletteEntry(PaletteEntry.Kind.DAEMONSET, ds.key(), "",
                    () -> actions.showDaemonSet().accept(ds.key())));
        }
        Map<String, Integer> labels = new TreeMap<>();
        for (ClusterNode node : snapshot.nodes()) {
            out.add(new PaletteEntry(PaletteEntry.Kind.NODE, node.name(),
                    messages.get(NodeFacts.status(node).key()),
                    () -> actions.showNode().accept(node.name())));
            for (Map.Entry<String, String> label : node.labels().entrySet()) {
                if (!HOSTNAME.equals(label.getKey())) {
                    labels.merge(label.getKey() + "=" + label.getValue(), 1, Integer::sum);
                }
            }
        }
        labels.forEach((pair, count) -> out.add(new PaletteEntry(PaletteEntry.Kind.LABEL, pair,
                messages.get("palette.kind.label", count), () -> actions.filterByLabel().accept(pair))));
        return out;
    }

    private void commands(Menu menu, String path, List<PaletteEntry> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item.getText() == null || item.isDisable()) {
                continue;
            }
            String text = path + " \u25b8 " + item.getText();
            if (item instanceof Menu sub) {
                commands(sub, text, out);
            } else {
                String keys = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                out.add(new PaletteEntry(PaletteEntry.Kind.COMMAND, text,
                        keys, item::fire));
            }
        }
    }
}
