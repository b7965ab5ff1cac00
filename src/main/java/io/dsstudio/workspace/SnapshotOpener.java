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
    /** A read started before it was asked for, until an open takes it. */
    private ReadAhead ahead;

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
            return tellRead(loader().loadText("demo-cluster.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public LoadedSnapshot open(Path path) throws InputPathException {
        return open(path, ReadProgress.NONE);
    }

    /** {@link #open(Path)} telling {@code progress} how far the file is read. */
    public LoadedSnapshot open(Path path, ReadProgress progress) throws InputPathException {
        ReadAhead started = takeAhead(path);
        if (started != null) {
            return started.join(progress);
        }
        progress.read(0, 1); // none yet, from the start: the file's bytes are read and split before the first percent
        return tellRead(loader().loadWithProgress(List.of(path.toString()), progress));
    }

    /**
     * Starts reading {@code path} on {@code executor} before anything asks for it: the app does so for a file named on
     * its command line while its window is being made. The next {@link #open} of the same path takes this read (waiting
     * for its end, and following its progress from where it is); an open of another path lets it go.
     */
    public synchronized void readAhead(Path path, java.util.concurrent.Executor executor) {
        ReadAhead read = new ReadAhead(path);
        ahead = read;
        executor.execute(read);
    }

    private synchronized ReadAhead takeAhead(Path path) {
        ReadAhead read = ahead;
        ahead = null;
        return read != null && read.path.equals(path) ? read : null;
    }

    private LoadedSnapshot tellRead(LoadedSnapshot loaded) {
        afterRead.accept(loaded.snapshot());
        return loaded;
    }

    /** A read running ahead of its open; its progress goes to whoever waits for it, from the last figure on. */
    private final class ReadAhead implements Runnable, ReadProgress {
        private final Path path;
        private final java.util.concurrent.CompletableFuture<LoadedSnapshot> result = new java.util.concurrent.CompletableFuture<>();
        private ReadProgress follower = ReadProgress.NONE;
        private long done;
        private long total = 1;

        ReadAhead(Path path) {
            this.path = path;
        }

        @Override
        public void run() {
            try {
                read(0, 1);
                result.complete(tellRead(loader().loadWithProgress(List.of(path.toString()), this)));
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            }
        }

        @Override
        public synchronized void read(long done, long total) {
            this.done = done;
            this.total = total;
            follower.read(done, total);
        }

        private synchronized void follow(ReadProgress progress) {
            follower = progress;
            progress.read(done, total);
        }

        LoadedSnapshot join(ReadProgress progress) throws InputPathException {
            follow(progress);
            try {
                return result.get();
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("the open was cancelled");
            } catch (java.util.concurrent.ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof InputPathException input) {
                    throw input;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
