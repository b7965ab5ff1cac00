package io.dsstudio.ui.overlay;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.whatif.ImpactRow;
import io.dsstudio.ui.whatif.WhatIfViewModel;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.dsstudio.ui.overlay.OverlayManifests.NODE_EXPORTER;
import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Open manifests over this snapshot…: staged by the rules of --base, previewed, committed, undone, or refused. */
class ManifestOverlayViewModelTest {
    @TempDir
    Path dir;

    private StudioState state;
    private AppliedDocuments applied;
    private ManifestOverlayViewModel model;
    private WhatIfViewModel whatIf;

    @BeforeEach
    void openDemo() {
        LoadedSnapshot demo = new SnapshotOpener(new SnapshotLoader()).openDemo();
        state = TestStudio.state();
        state.workspace().rememberLoaded(demo);
        state.open(demo.snapshot(), SnapshotSource.DEMO);
        applied = new AppliedDocuments();
        model = new ManifestOverlayViewModel(state, applied, ManifestOverlayViewModel.openSnapshot(state, applied),
                new Messages(Locale.ENGLISH));
        whatIf = new WhatIfViewModel(state);
    }

    private DaemonSet daemonSet(String key) {
        return state.snapshotProperty().get().daemonSets().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    private ImpactRow impact(String key) {
        return whatIf.rows().stream().filter(r -> r.daemonSet().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anImageBumpIsStagedAsARolloutThenCommittedAndUndone() {
        model.open(List.of(OverlayManifests.write(dir, "node-exporter.yaml", OverlayManifests.imageBump())));

        assertThat(model.problems()).isEmpty();
        assertThat(model.stagedProperty().get()).isNotNull();
        assertThat(state.previewProperty().get()).isNotNull();
        assertThat(model.rows()).containsExactly(new OverlayRow("DaemonSet/monitoring/node-exporter",
                "Template changed: generation 2 → 3, template generation 2 → 3 (a rollout)"));
        assertThat(impact(NODE_EXPORTER).deleteOn()).as("the rollout's first wave deletes old pods").isNotEmpty();
        assertThat(state.selectedDaemonSetProperty().get()).isEqualTo(NODE_EXPORTER);
        assertThat(daemonSet(NODE_EXPORTER).template().spec().containers().get(0).image())
                .as("nothing changes before Commit").isEqualTo(OverlayManifests.OLD_IMAGE);

        state.commit();

        DaemonSet committed = daemonSet(NODE_EXPORTER);
        assertThat(committed.template().spec().containers().get(0).image()).isEqualTo(OverlayManifests.NEW_IMAGE);
        assertThat(committed.meta().generation()).isEqualTo(3L);
        assertThat(committed.generation()).isEqualTo(3L);
        assertThat(committed.meta().uid()).as("identity stays the snapshot's").isEqualTo(OverlayManifests.UID);
        assertThat(applied.textFor(committed)).as("saving writes the resulting document").isPresent()
                .hasValueSatisfying(text -> assertThat(text).contains(OverlayManifests.NEW_IMAGE, "generation: 3"));
        assertThat(model.summaryProperty().get()).startsWith("Committed: 1 object replaced, none created");

        state.undo();

        assertThat(daemonSet(NODE_EXPORTER).template().spec().containers().get(0).image()).isEqualTo(OverlayManifests.OLD_IMAGE);
        assertThat(daemonSet(NODE_EXPORTER).meta().generation()).isEqualTo(2L);
    }

    @Test
    void theSameDaemonSetAsHelmWritesItChangesNothing() {
        model.open(List.of(OverlayManifests.write(dir, "node-exporter.yaml", OverlayManifests.imageBump()
                .replace(OverlayManifests.NEW_IMAGE, OverlayManifests.OLD_IMAGE))));

        assertThat(model.rows()).extracting(OverlayRow::change).containsExactly("No spec change after defaulting (generation stays)");
        assertThat(whatIf.rows()).as("no DaemonSet is affected").noneMatch(r -> r.daemonSet().equals(NODE_EXPORTER));
    }

    @Test
    void aNewDaemonSetIsStagedAsACreationAtGenerationOne() {
        model.open(List.of(OverlayManifests.write(dir, "npd.yaml", OverlayManifests.NEW_DAEMONSET)));

        assertThat(model.rows()).containsExactly(new OverlayRow("DaemonSet/kube-system/node-problem-detector", "Created (generation 1)"));
        assertThat(impact("kube-system/node-problem-detector").createOn()).isNotEmpty();
        state.commit();
        DaemonSet created = daemonSet("kube-system/node-problem-detector");
        assertThat(created.meta().generation()).isEqualTo(1L);
        assertThat(created.generation()).isEqualTo(1L);
    }

    @Test
    void objectsOfOtherKindsAreLeftOutAndNamedAsHelmTemplateOutputHoldsThem() {
        model.open(List.of(OverlayManifests.write(dir, "chart.yaml", OverlayManifests.CONFIG_MAP + "---\n" + OverlayManifests.imageBump())));

        assertThat(model.problems()).isEmpty();
        assertThat(model.stagedProperty().get()).isNotNull();
        assertThat(model.summaryProperty().get()).endsWith(" 1 object of other kinds left out: ConfigMap/kube-system/kube-proxy.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid manifest             | INVALID    | bad.yaml:11:7: DaemonSet/kube-system/kube-proxy spec.template.metadata.labels",
            "only kinds the snapshot does not read | CONFIG_MAP | no Node, DaemonSet, Pod or ControllerRevision in",
            "a duplicate inside the overlay | DUPLICATE  | bad.yaml:",
            "not YAML                      | SYNTAX     | bad.yaml:",
    })
    void problemsAreListedWithFileAndLineAndNothingIsStaged(String problem, String manifest, String where) {
        String text = switch (manifest) {
            case "INVALID" -> OverlayManifests.INVALID;
            case "CONFIG_MAP" -> OverlayManifests.CONFIG_MAP;
            case "DUPLICATE" -> OverlayManifests.imageBump() + "---\n" + OverlayManifests.imageBump();
            default -> "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: x\nspec: [\n";
        };

        model.open(List.of(OverlayManifests.write(dir, "bad.yaml", text)));

        assertThat(model.problems()).as(problem).isNotEmpty().allSatisfy(line -> assertThat(line).contains(where));
        assertThat(model.summaryProperty().get()).startsWith("Nothing staged:");
        assertThat(state.previewProperty().get()).isNull();
        assertThat(model.stagedProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
    }
}
