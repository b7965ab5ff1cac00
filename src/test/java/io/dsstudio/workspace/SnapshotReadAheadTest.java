package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file read ahead (the app's command-line file, from before its window) is what the first open of that path gets:
 * read once, its progress told to the open from where the read had got to; an open of another path lets it go.
 */
class SnapshotReadAheadTest {
    @TempDir
    Path dir;

    private final List<Snapshot> reads = new ArrayList<>();
    private final SnapshotOpener opener = new SnapshotOpener(SnapshotLoader::new, reads::add);

    private Path generated(String name, long seed) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, new ClusterGenerator().generate(new GeneratorOptions(30, 4, seed, GeneratorOptions.DEFAULT_TIME)));
        return file;
    }

    @Test
    void theOpenOfThePathReadAheadTakesThatReadWithoutReadingAgain() throws Exception {
        Path file = generated("a.yaml", 1);
        opener.readAhead(file, Runnable::run);
        assertThat(reads).hasSize(1);
        Files.delete(file); // a second read would fail

        List<long[]> progress = new ArrayList<>();
        LoadedSnapshot opened = opener.open(file, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(opened.snapshot()).isSameAs(reads.get(0));
        assertThat(reads).hasSize(1);
        assertThat(progress).as("told where the read got to: the end").hasSize(1);
        assertThat(progress.get(0)[0]).isEqualTo(progress.get(0)[1]);
    }

    @Test
    void anOpenWaitsForTheReadAheadRunningOnAnotherThread() throws Exception {
        Path file = generated("a.yaml", 2);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            opener.readAhead(file, reader);
            Snapshot opened = opener.open(file).snapshot();
            assertThat(reads).containsExactly(opened);
            assertThat(opened.nodes()).hasSize(30);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void anOpenOfAnotherPathLetsTheReadAheadGo() throws Exception {
        Path first = generated("a.yaml", 3);
        Path other = generated("b.yaml", 4);
        opener.readAhead(first, Runnable::run);

        opener.open(other);
        opener.open(first);

        assertThat(reads).as("the first file read ahead, the other, then the first read again").hasSize(3);
        assertThat(reads.get(2)).isNotSameAs(reads.get(0));
    }

    @Test
    void aReadAheadThatFailsFailsItsOpenAsAnOpenWould() {
        Path missing = dir.resolve("missing.yaml");
        opener.readAhead(missing, Runnable::run);

        assertThatThrownBy(() -> opener.open(missing)).isInstanceOf(InputPathException.class);
        assertThatThrownBy(() -> new SnapshotOpener(new SnapshotLoader()).open(missing)).isInstanceOf(InputPathException.class);
    }
}
