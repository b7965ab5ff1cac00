package io.dsstudio.yaml;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a file tells how far it got in whole percents of its text (the app's progress bar), from 0 once it is split
 * into documents to all of it, at most once per percent, whichever thread read the document; and what is read is the
 * same as without a listener.
 */
class ReadProgressTest {
    @Test
    void aLargeFileIsToldInWholePercentsFromNoneToAll() throws Exception {
        Path file = Files.createTempFile("dsstudio-progress", ".yaml");
        String text = new ClusterGenerator().generate(new GeneratorOptions(300, 5, 11, GeneratorOptions.DEFAULT_TIME));
        Files.writeString(file, text);
        List<long[]> told = Collections.synchronizedList(new ArrayList<>());

        LoadedSnapshot loaded = new SnapshotLoader().loadWithProgress(List.of(file.toString()), (done, total) -> told.add(new long[] {done, total}));

        assertThat(told).hasSizeBetween(10, 101);
        assertThat(told).allSatisfy(t -> assertThat(t[1]).isEqualTo(text.length()));
        assertThat(told.get(0)[0]).as("the first word: nothing read yet").isZero();
        assertThat(told.stream().mapToLong(t -> t[0]).max().orElseThrow()).as("all of it, at the end").isEqualTo(text.length());
        assertThat(told.stream().map(t -> t[0] * 100 / t[1]).distinct().count()).as("one word per percent").isEqualTo(told.size());
        LoadedSnapshot without = new SnapshotLoader().load(List.of(file.toString()));
        assertThat(loaded.snapshot()).isEqualTo(without.snapshot());
        assertThat(loaded.diagnostics()).isEqualTo(without.diagnostics());
    }
}
