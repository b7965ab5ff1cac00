package io.dsstudio.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the command line says when an input does not fit in the heap it was given. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /**
     * The message for a heap of {@code maxHeapBytes}; {@code jar} names the jar to run with a larger one (the
     * installed launchers fix their heap in their configuration, so JAVA_TOOL_OPTIONS cannot raise it).
     */
    static String message(long maxHeapBytes, Path jar) {
        String run = jar == null ? "java -Xmx4g -jar daemonset-studio.jar" : "java -Xmx4g -jar " + jar;
        return String.format(Locale.ROOT, "out of memory: this input needs more than the %,d MB heap this run has."
                + " Run the same command with a larger heap: %s COMMAND ARGS...", maxHeapBytes >> 20, run);
    }

    /** The jar this code was loaded from, or null when it runs from classes (a build). */
    static Path jarPath() {
        try {
            Path location = Path.of(OutOfMemory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException unknown) {
            return null;
        }
    }
}
