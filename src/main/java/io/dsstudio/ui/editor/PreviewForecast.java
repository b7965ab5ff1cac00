package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.StagedForecast;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The rollout forecast of a previewed template change, computed in the background once the preview is shown (it
 * simulates the whole cluster) and shared through the studio state, so the rollout dock and the map show it too.
 */
final class PreviewForecast {
    private final EditorServices services;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<StagedForecast> forecast = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();

    PreviewForecast(EditorServices services) {
        this.services = services;
        this.runner = services.state().tasks().sibling();
    }

    /** Forecasts the rollout {@code preview} starts; a change that starts none (or OnDelete) has no forecast. */
    void start(BufferAnalysis analysis, EditPreview preview) {
        clear();
        if (!preview.templateChanged() || preview.onDelete()) {
            return;
        }
        var impact = services.state().editorImpactProperty().get();
        computing.set(true);
        runner.run("task.rolloutForecast", p -> services.previews().forecast(analysis), result -> {
            computing.set(false);
            // shown only while the preview it belongs to is
            if (services.state().editorImpactProperty().get() == impact) {
                forecast.set(result);
                services.state().stagedForecastProperty().set(result);
            }
        }, failed -> computing.set(false));
    }

    void clear() {
        runner.cancel();
        computing.set(false);
        forecast.set(null);
    }

    ReadOnlyObjectProperty<StagedForecast> forecastProperty() {
        return forecast.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
