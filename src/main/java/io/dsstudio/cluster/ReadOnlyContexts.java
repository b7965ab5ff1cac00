package io.dsstudio.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contexts the user marked read-only, kept in {@code $DSSTUDIO_HOME/read-only-contexts.properties}
 * (one key per context). Applying to a read-only context is refused.
 */
public final class ReadOnlyContexts {
    static final String FILE_NAME = "read-only-contexts.properties";
    private static final String VALUE = "read-only";

    private final Path file;

    public ReadOnlyContexts(Path studioHome) {
        this.file = studioHome.resolve(FILE_NAME);
    }

    /** {@code $DSSTUDIO_HOME}, else {@code ~/.dsstudio}. */
    public static Path studioHome(Map<String, String> env, String userHome) {
        String home = env.get("DSSTUDIO_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".dsstudio");
    }

    public synchronized boolean isReadOnly(String context) {
        return all().contains(context);
    }

    public synchronized Set<String> all() {
        Properties props = read();
        Set<String> out = new TreeSet<>();
        props.stringPropertyNames().stream().filter(k -> VALUE.equals(props.getProperty(k))).forEach(out::add);
        return out;
    }

    public synchronized void setReadOnly(String context, boolean readOnly) {
        Properties props = read();
        if (readOnly) {
            props.setProperty(context, VALUE);
        } else {
            props.remove(context);
        }
        write(props);
    }

    private Properties read() {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new LiveException(LiveException.Kind.CONFIG, "cannot read " + file + ": " + e.getMessage());
            }
        }
        return props;
    }

    private void write(Properties props) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(out, "DaemonSet Studio: kubeconfig contexts where apply is refused");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LiveException(LiveException.Kind.CONFIG, "cannot write " + file + ": " + e.getMessage());
        }
    }
}
