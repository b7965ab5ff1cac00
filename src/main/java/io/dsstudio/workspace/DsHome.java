package io.dsstudio.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where preferences, recent files and autosaves live: $DSSTUDIO_HOME, else the OS's per-user config folder. */
public final class DsHome {
    public static final String ENV = "DSSTUDIO_HOME";

    private DsHome() {
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "DaemonSet Studio");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "DaemonSet Studio");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".config").toString(), "dsstudio");
    }
}
