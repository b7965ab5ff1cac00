package io.dsstudio.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/** Preferences and recent files in {@code preferences.properties} under the app's home; saved atomically. */
public final class Preferences {
    public static final String LOCALE = "ui.locale";
    public static final String THEME = "ui.theme";
    public static final String LAST_SNAPSHOT = "snapshot.last";
    public static final String SELECTED_VIEW = "ui.view";
    public static final String MAP_GROUP_BY = "ui.map.groupBy";
    public static final String MAP_COLOR_MODE = "ui.map.colorMode";
    public static final String MAP_COLOR_LABEL = "ui.map.colorLabel";
    public static final String WINDOW_X = "window.x";
    public static final String WINDOW_Y = "window.y";
    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    private static final String RECENT = "recent.";
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    public Preferences(Path home) {
        this.file = home.resolve("preferences.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException unreadable) {
                values.clear();
            }
        }
    }

    public boolean isFirstStart() {
        return !Files.exists(file);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isEmpty());
    }

    public OptionalDouble getDouble(String key) {
        try {
            return get(key).map(v -> OptionalDouble.of(Double.parseDouble(v))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public List<String> recentFiles() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            get(RECENT + i).ifPresent(recent::add);
        }
        return recent;
    }

    public void addRecentFile(String path) {
        List<String> recent = recentFiles();
        recent.remove(path);
        recent.add(0, path);
        for (int i = 0; i < MAX_RECENT; i++) {
            put(RECENT + i, i < recent.size() ? recent.get(i) : null);
        }
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "preferences", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "DaemonSet Studio preferences");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
