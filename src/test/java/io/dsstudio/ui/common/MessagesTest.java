package io.dsstudio.ui.common;

import io.dsstudio.ui.daemonsets.PlacementVerdict;
import io.dsstudio.ui.labels.BulkOperation;
import io.dsstudio.ui.main.Shortcut;
import io.dsstudio.ui.main.Shortcuts;
import io.dsstudio.ui.nodemap.ColorMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void bundlesHaveTheSameKeys() {
        Set<String> en = english.bundle().keySet();
        Set<String> zh = chinese.bundle().keySet();
        assertThat(zh).containsExactlyInAnyOrderElementsOf(en);
        assertThat(chinese.bundle().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void chineseIsReadAsUtf8AndEnglishDoesNotFallBackToTheDefaultLocale() {
        assertThat(chinese.get("view.nodes")).isEqualTo("节点");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new Messages(Locale.ENGLISH).get("view.nodes")).isEqualTo("Nodes");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyKeyTheEnumsAndShortcutsNameExists() {
        List<String> keys = new ArrayList<>();
        for (PlacementVerdict v : PlacementVerdict.values()) {
            keys.add(v.key());
        }
        for (BulkOperation op : BulkOperation.values()) {
            keys.add(op.key());
        }
        for (ColorMode mode : ColorMode.values()) {
            keys.add(mode.key());
        }
        for (NodeStatus status : NodeStatus.values()) {
            keys.add(status.key());
        }
        for (Shortcut shortcut : Shortcuts.all()) {
            keys.add(shortcut.actionKey());
        }
        keys.addAll(List.of("edit.label.set", "edit.label.remove", "edit.taint.add", "edit.taint.remove", "edit.cordon", "edit.uncordon"));
        assertThat(keys).allMatch(english::has).allMatch(chinese::has);
    }

    @Test
    void getFormatsArgumentsAndMarksMissingKeys() {
        assertThat(english.get("labels.selection", 2)).isEqualTo("2 nodes selected");
        assertThat(english.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
