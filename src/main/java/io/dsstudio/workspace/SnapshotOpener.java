package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ReadProgress;
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
    private final java.util.function.Consumer<Snapshot> afterRead;
    private SnapshotLoader loader;

    public SnapshotOpener(SnapshotLoader loader) {
        this(() -> loader);
    }

    /** A loader made on first use: the app's opener is made on the FX thread, its first read runs in the background. */
    public SnapshotOpener(java.util.function.Supplier<SnapshotLoader> loaderFactory) {
        this(loaderFactory, snapshot -> { });
    }

    /**
     * @param afterRead told of each snapshot as soon as it is read, on the reading thread (the app starts planning
     *                  it there: {@link PlanningService#planOpenedAhead})
     */
    public SnapshotOpener(java.util.function.Supplier<SnapshotLoader> loaderFactory, java.util.function.Consumer<Snapshot> afterRead) {
        this.loaderFactory = loaderFactory;
        this.afterRead = afterRead;
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
            return read(loader().loadText("demo-cluster.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public LoadedSnapshot open(Path path) throws InputPathException {
        return open(path, ReadProgress.NONE);
    }

    /** {@link #open(Path)} telling {@code progress} how far the file is read. */
    public LoadedSnapshot open(Path path, ReadProgress progress) throws InputPathException {
        progress.read(0, 1); // none yet, from the start: the file's bytes are read and split before the first percent
        return read(loader().loadWithProgress(List.of(path.toString()), progress));
    }

    private LoadedSnapshot read(LoadedSnapshot loaded) {
        afterRead.accept(loaded.snapshot());
        return loaded;
    }
}
