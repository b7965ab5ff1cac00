package io.dsstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A file named on the command line is being read once the composition root is made, before any window or open. */
class ReadFirstTest {
    @TempDir
    Path home;

    @Test
    void theCompositionRootStartsReadingTheNamedFileAndNothingElse() {
        List<Runnable> started = new ArrayList<>();
        new AppContext(home, java.time.Clock.systemUTC(), started::add, Locale.ENGLISH, home.resolve("cluster.yaml"));
        assertThat(started).as("the read, on the app's executor").hasSize(1);

        List<Runnable> none = new ArrayList<>();
        new AppContext(home, java.time.Clock.systemUTC(), none::add, Locale.ENGLISH, null);
        assertThat(none).isEmpty();
    }
}
