package io.dsstudio.ui.common;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs every long job of the UI as a {@link Task} on the injected executor, one at a time per runner, and
 * exposes its progress, message and cancel. With {@link #sameThread()} (view-model tests) jobs run
 * synchronously on the caller's thread, without a Task, so no FX toolkit is needed.
 */
public final class TaskRunner {
    private final Executor executor;
    private final boolean direct;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper messageKey = new ReadOnlyStringWrapper("");
    private Task<?> current;
    /** A job waiting for frames to pass before it starts ({@link #runAfterFrames}). */
    private AnimationTimer waiting;

    public TaskRunner(Executor executor) {
        this(executor, false);
    }

    private TaskRunner(Executor executor, boolean direct) {
        this.executor = executor;
        this.direct = direct;
    }

    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, true);
    }

    /**
     * Another runner on the same executor (same-thread when this one is): its jobs neither cancel nor are
     * cancelled by this runner's.
     */
    public TaskRunner sibling() {
        return new TaskRunner(executor, direct);
    }

    /**
     * Starts {@code job} once {@code frames} more frames have been shown (a same-thread runner starts it now); cancels
     * the job still running or waiting. Work that follows a result on screen (a preview's controller sync) must not
     * compete with the frames that show it for a core.
     */
    public <T> void runAfterFrames(int frames, String messageKeyOfJob, BackgroundJob<T> job, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        cancel();
        if (direct) {
            run(messageKeyOfJob, job, onSuccess, onFailure);
            return;
        }
        // as the pulse after them starts, the frames before it were laid out and handed on; cancel() stops the timer
        waiting = Pulses.inPulse(frames + 1, () -> {
            waiting = null;
            run(messageKeyOfJob, job, onSuccess, onFailure);
        });
    }

    /** Starts {@code job}; cancels the job still running, whose result is then dropped. */
    public <T> void run(String messageKeyOfJob, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        messageKey.set(messageKeyOfJob);
        if (direct) {
            runDirect(job, onSuccess, onFailure);
            return;
        }
        JobTask<T> task = new JobTask<>(job);
        progress.bind(task.progressProperty());
        running.set(true);
        task.setOnSucceeded(e -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> onFailure.accept(task.getException())));
        task.setOnCancelled(e -> finish(task, () -> { }));
        current = task;
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            // the app is closing: the executor no longer takes work, and nobody waits for the result
            finish(task, () -> { });
        }
    }

    private <T> void runDirect(BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(true);
        T result;
        try {
            result = job.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception failed) {
            running.set(false);
            onFailure.accept(failed);
            return;
        }
        running.set(false);
        onSuccess.accept(result);
    }

    private void finish(Task<?> task, Runnable then) {
        if (task != current) {
            return;
        }
        current = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
        then.run();
    }

    public void cancel() {
        if (waiting != null) {
            waiting.stop();
            waiting = null;
        }
        Task<?> task = current;
        if (task != null) {
            current = null;
            progress.unbind();
            progress.set(0);
            running.set(false);
            task.cancel();
        }
    }

    /** A Task that hands the job a Progress backed by the Task's own progress and cancel state. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final BackgroundJob<T> job;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey.getReadOnlyProperty();
    }
}
