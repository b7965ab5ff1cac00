package io.dsstudio.ui;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
import io.dsstudio.yaml.SnapshotLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** View-model fixture: the shared state over the demo cluster, planned by the real Planner on a fixed clock, same-thread tasks. */
public final class TestStudio {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-12T10:00:00Z"), ZoneOffset.UTC);

    private TestStudio() {
    }

    public static Snapshot demo() {
        return new SnapshotOpener(new SnapshotLoader()).openDemo().snapshot();
    }

    public static StudioState state() {
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, CLOCK.instant());
        return new StudioState(new Workspace(), planning, new WhatIfCalculator(planning, new ControllerSync(planner), CLOCK),
                TaskRunner.sameThread(), new EditJournal(freshHome()));
    }

    private static Path freshHome() {
        try {
            Path home = Files.createTempDirectory("dsstudio-test");
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StudioState demoState() {
        StudioState state = state();
        state.open(demo(), SnapshotSource.DEMO);
        return state;
    }
}
