package io.dsstudio.ui.common;

/** Work for {@link TaskRunner}: runs off the FX thread, may report progress and check for cancel. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T call(Progress progress) throws Exception;
}
