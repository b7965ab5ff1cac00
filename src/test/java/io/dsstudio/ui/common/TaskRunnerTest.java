package io.dsstudio.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRunnerTest {
    @Test
    void sameThreadRunsJobAndReportsResultSynchronously() {
        TaskRunner runner = TaskRunner.sameThread();
        List<Object> results = new ArrayList<>();
        runner.run("task.plan", progress -> {
            progress.update(1, 2);
            return 42;
        }, results::add, results::add);
        assertThat(results).containsExactly(42);
        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.progressProperty().get()).isEqualTo(0.5);
        assertThat(runner.messageKeyProperty().get()).isEqualTo("task.plan");
    }

    @Test
    void sameThreadReportsFailures() {
        TaskRunner runner = TaskRunner.sameThread();
        List<Object> results = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        runner.run("task.open", progress -> {
            throw boom;
        }, results::add, results::add);
        assertThat(results).containsExactly(boom);
        assertThat(runner.runningProperty().get()).isFalse();
    }
}
