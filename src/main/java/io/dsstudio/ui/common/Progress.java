package io.dsstudio.ui.common;

/** What a background job may report while it runs. */
public interface Progress {
    void update(long done, long total);

    boolean isCancelled();
}
