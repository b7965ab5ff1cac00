package io.dsstudio.ui.editor;

import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.ui.rollout.RolloutDockViewModel;
import io.dsstudio.workspace.StagedForecast;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A previewed template change shows its rollout forecast before it is applied, in the editor and in the dock. */
class PreviewForecastTest {
    private final EditorFixture fx = new EditorFixture();

    private EditorViewModel newImage(String name) {
        EditorViewModel vm = fx.open(name);
        vm.textProperty().set(vm.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0"));
        return vm;
    }

    @Test
    void aPreviewedTemplateChangeIsForecastOnTheSnapshotWithTheChangeLaidIn() {
        EditorViewModel vm = newImage("calico-node");
        vm.preview();
        StagedForecast staged = vm.forecastProperty().get();
        assertThat(staged).isNotNull();
        String key = fx.ds("calico-node").key();
        assertThat(staged.key()).isEqualTo(key);
        RolloutForecast.DaemonSetForecast expected = RolloutForecast.of(vm.analysisProperty().get().laidIn(),
                TestStudio.CLOCK.instant(), null).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        assertThat(staged.forecast()).isEqualTo(expected);
        assertThat(staged.forecast().waves()).isNotEmpty();
        assertThat(staged.forecast().outOfDate()).isPositive();
        assertThat(fx.state.stagedForecastProperty().get()).isSameAs(staged);
        assertThat(vm.forecastingProperty().get()).isFalse();
    }

    @Test
    void theForecastGoesWithThePreviewWhenTheTextChanges() {
        EditorViewModel vm = newImage("calico-node");
        vm.preview();
        assertThat(vm.forecastProperty().get()).isNotNull();
        vm.textProperty().set(vm.textProperty().get() + "\n");
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.forecastProperty().get()).isNull();
        assertThat(fx.state.stagedForecastProperty().get()).isNull();
    }

    @Test
    void aChangeOutsideThePodTemplateStartsNoRolloutAndHasNoForecast() {
        EditorViewModel vm = fx.open("calico-node");
        vm.textProperty().set(vm.textProperty().get().replace("      maxUnavailable: 1\n", "      maxUnavailable: 2\n"));
        vm.preview();
        assertThat(vm.previewProperty().get()).isNotNull();
        assertThat(vm.previewProperty().get().templateChanged()).isFalse();
        assertThat(vm.forecastProperty().get()).isNull();
        assertThat(fx.state.stagedForecastProperty().get()).isNull();
    }

    @Test
    void theDockFollowingTheDaemonSetShowsThePreviewedChangesForecastUntilThePreviewGoes() {
        RolloutDockViewModel dock = new RolloutDockViewModel(fx.state, fx.services.controller(), TaskRunner.sameThread(),
                fx.messages, TestStudio.CLOCK);
        dock.activeProperty().set(true);
        dock.daemonSetProperty().set(fx.ds("calico-node").key());
        String current = dock.forecastHeadlineProperty().get();
        assertThat(current).startsWith("Nothing to roll out");

        EditorViewModel vm = newImage("calico-node");
        vm.preview();
        assertThat(dock.forecastHeadlineProperty().get()).startsWith("If the previewed change is applied: ")
                .contains("wave");

        vm.textProperty().set(vm.textProperty().get() + "\n");
        assertThat(dock.forecastHeadlineProperty().get()).isEqualTo(current);
    }
}
