package io.dsstudio.workspace;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Loads the embedded demo cluster or any snapshot file/folder. */
public final class SnapshotOpener {
    public static final String DEMO_RESOURCE = "/io/dsstudio/demo/demo-cluster.yaml";

    private final java.util.function.Supplier<SnapshotLoader> loaderFactory;
    private SnapshotLoader loader;

    public SnapshotOpener(SnapshotLoader loader) {
        this(() -> loader);
    }

    /** A loader made on first use: the app's opener is made on the FX thread, its first read runs in the background. */
    public SnapshotOpener(java.util.function.Supplier<SnapshotLoader> loaderFactory) {
        this.loaderFactory = loaderFactory;
    }

    private synchronized SnapshotLoader loader() {
        if (loader == null) {
            loader = loaderFactory.get();
        }
        return loader;
    }

    public LoadedSnapshot openDemo() {
        try (InputStream in = SnapshotOpener.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo cluster missing from the build: " + DEMO_RESOURCE);
            }
            return loader().loadText("demo-cluster.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public LoadedSnapshot open(Path path) throws InputPathException {
        return loader().load(List.of(path.toString()));
    }
}
