package io.dsstudio.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesTest {
    @TempDir
    Path home;

    @Test
    void saveAndReloadKeepValuesAndRecentFilesMostRecentFirst() {
        Preferences preferences = new Preferences(home.resolve("nested"));
        assertThat(preferences.isFirstStart()).isTrue();
        preferences.put(Preferences.THEME, "DARK");
        preferences.put(Preferences.WINDOW_WIDTH, "1024.0");
        preferences.addRecentFile("/a.yaml");
        preferences.addRecentFile("/b.yaml");
        preferences.addRecentFile("/a.yaml");
        preferences.save();

        Preferences reloaded = new Preferences(home.resolve("nested"));
        assertThat(reloaded.isFirstStart()).isFalse();
        assertThat(reloaded.get(Preferences.THEME)).contains("DARK");
        assertThat(reloaded.getDouble(Preferences.WINDOW_WIDTH).getAsDouble()).isEqualTo(1024.0);
        assertThat(reloaded.recentFiles()).containsExactly("/a.yaml", "/b.yaml");
        assertThat(reloaded.get("missing")).isEmpty();
    }

    @Test
    void resolveHomePrefersTheEnvironmentThenTheOsFolder() {
        assertThat(DsHome.resolve(Map.of(DsHome.ENV, "/tmp/ds"), "Linux", "/home/u")).isEqualTo(Path.of("/tmp/ds"));
        assertThat(DsHome.resolve(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.config/dsstudio"));
        assertThat(DsHome.resolve(Map.of("XDG_CONFIG_HOME", "/x"), "Linux", "/home/u")).isEqualTo(Path.of("/x/dsstudio"));
        assertThat(DsHome.resolve(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/DaemonSet Studio"));
        assertThat(DsHome.resolve(Map.of("APPDATA", "C:/AppData"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/AppData/DaemonSet Studio"));
    }
}
