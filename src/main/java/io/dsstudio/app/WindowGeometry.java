package io.dsstudio.app;

import io.dsstudio.workspace.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.OptionalDouble;

/** Window size and position, restored only where a screen still shows them. */
final class WindowGeometry {
    private WindowGeometry() {
    }

    static void restore(Stage stage, Preferences preferences) {
        OptionalDouble x = preferences.getDouble(Preferences.WINDOW_X);
        OptionalDouble y = preferences.getDouble(Preferences.WINDOW_Y);
        OptionalDouble w = preferences.getDouble(Preferences.WINDOW_WIDTH);
        OptionalDouble h = preferences.getDouble(Preferences.WINDOW_HEIGHT);
        if (w.isPresent() && h.isPresent() && w.getAsDouble() > 200 && h.getAsDouble() > 150) {
            stage.setWidth(w.getAsDouble());
            stage.setHeight(h.getAsDouble());
        }
        if (x.isPresent() && y.isPresent()
                && !Screen.getScreensForRectangle(new Rectangle2D(x.getAsDouble(), y.getAsDouble(), 100, 100)).isEmpty()) {
            stage.setX(x.getAsDouble());
            stage.setY(y.getAsDouble());
        }
    }

    static void save(Window window, Preferences preferences) {
        preferences.put(Preferences.WINDOW_X, Double.toString(window.getX()));
        preferences.put(Preferences.WINDOW_Y, Double.toString(window.getY()));
        preferences.put(Preferences.WINDOW_WIDTH, Double.toString(window.getWidth()));
        preferences.put(Preferences.WINDOW_HEIGHT, Double.toString(window.getHeight()));
    }
}
