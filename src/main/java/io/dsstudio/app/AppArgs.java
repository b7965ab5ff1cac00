package io.dsstudio.app;

import java.nio.file.Path;
import java.util.List;

/** The desktop app's arguments: {@code --demo}, {@code --smoke} and at most one snapshot path. */
record AppArgs(boolean demo, boolean smoke, Path path) {
    static AppArgs parse(List<String> raw) {
        boolean demo = false;
        boolean smoke = false;
        Path path = null;
        for (String arg : raw) {
            switch (arg) {
                case "--demo" -> demo = true;
                case "--smoke" -> smoke = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (path != null) {
                        throw new IllegalArgumentException("only one snapshot path may be given");
                    }
                    path = Path.of(arg);
                }
            }
        }
        return new AppArgs(demo, smoke, path);
    }
}
