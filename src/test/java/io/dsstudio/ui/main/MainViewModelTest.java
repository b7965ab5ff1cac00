package io.dsstudio.ui.main;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.Theme;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.Preferences;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path home;

    private StudioState state;

    private MainViewModel model() {
        state = TestStudio.state();
        return new MainViewModel(state, new SnapshotOpener(new SnapshotLoader()), new Preferences(home), new Messages(Locale.ENGLISH));
    }

    private Path copyOfDemo() throws IOException {
        Path file = home.resolve("cluster.yaml");
        try (InputStream in = getClass().getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void openInitialOnFirstStartOpensTheDemo() {
        MainViewModel model = model();
        model.openInitial(null, false);
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.DEMO);
        assertThat(state.snapshotProperty().get().nodes()).hasSize(20);
        assertThat(model.titleProperty().get()).isEqualTo("Demo cluster \u2013 DaemonSet Studio");
        assertThat(model.countsProperty().get()).startsWith("20 nodes \u00b7 8 DaemonSets \u00b7 ");
        assertThat(model.statusProperty().get()).startsWith("Snapshot read");
    }

    @Test
    void openInitialReopensTheLastSnapshotWhileItExists() throws IOException {
        Path file = copyOfDemo();
        MainViewModel first = model();
        first.open(file);
        first.savePreferences();
        assertThat(first.recentFiles()).containsExactly(file.toAbsolutePath().toString());

        MainViewModel second = model();
        second.openInitial(null, false);
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.of(file));
        assertThat(second.titleProperty().get()).isEqualTo("cluster.yaml \u2013 DaemonSet Studio");

        MainViewModel demoAsked = model();
        demoAsked.openInitial(null, true);
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.DEMO);

        Files.delete(file);
        MainViewModel third = model();
        third.openInitial(null, false);
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.DEMO);
    }

    @Test
    void openOfAMissingPathReportsAndKeepsTheCurrentSnapshot() {
        MainViewModel model = model();
        model.openDemo();
        model.open(home.resolve("nope.yaml"));
        assertThat(model.statusProperty().get()).startsWith("Could not open the snapshot");
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.DEMO);
    }

    @Test
    void titleCarriesTheDirtyMarkUntilUndone() {
        MainViewModel model = model();
        model.openDemo();
        state.selectNodes(java.util.List.of("ip-10-0-1-101.ec2.internal"));
        state.stage(LabelEdit.set(Set.of("ip-10-0-1-101.ec2.internal"), "team", "ml"));
        model.commit();
        assertThat(model.titleProperty().get()).startsWith("*Demo cluster");
        model.undo();
        assertThat(model.titleProperty().get()).startsWith("Demo cluster");
    }

    @Test
    void viewChoicesSurviveARestart() {
        MainViewModel model = model();
        model.selectedViewProperty().set(3);
        model.toggleTheme();
        model.chooseLanguage(Locale.SIMPLIFIED_CHINESE);
        model.savePreferences();
        MainViewModel again = model();
        assertThat(again.selectedViewProperty().get()).isEqualTo(3);
        assertThat(again.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(again.preferences().get(Preferences.LOCALE)).contains("zh-CN");
    }
}
