package io.dsstudio.ui.nodemap;

import java.util.Locale;

/** What a tile's colour shows. */
public enum ColorMode {
    DAEMONSET, LABEL, STATUS;

    public String key() {
        return "map.color." + name().toLowerCase(Locale.ROOT);
    }
}
