package io.dsstudio.app;

import io.dsstudio.ui.nodemap.ColorMode;
import io.dsstudio.ui.nodemap.NodeMapViewModel;
import io.dsstudio.workspace.Preferences;

import java.util.Arrays;

/** The map's grouping and colouring, kept in the preferences from one session to the next. */
final class MapChoices {
    private MapChoices() {
    }

    static void restore(Preferences preferences, NodeMapViewModel map) {
        preferences.get(Preferences.MAP_GROUP_BY).ifPresent(map.groupByProperty()::set);
        preferences.get(Preferences.MAP_COLOR_LABEL).ifPresent(map.colorLabelProperty()::set);
        preferences.get(Preferences.MAP_COLOR_MODE).flatMap(name -> Arrays.stream(ColorMode.values())
                .filter(m -> m.name().equals(name)).findFirst()).ifPresent(map.colorModeProperty()::set);
    }

    static void save(Preferences preferences, NodeMapViewModel map) {
        preferences.put(Preferences.MAP_GROUP_BY, map.groupByProperty().get());
        preferences.put(Preferences.MAP_COLOR_LABEL, map.colorLabelProperty().get());
        preferences.put(Preferences.MAP_COLOR_MODE, map.colorModeProperty().get().name());
    }
}
