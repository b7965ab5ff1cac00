package io.dsstudio.yaml;

/**
 * How far the reading of a file has got, in characters of its text, told in whole percents at most (a progress bar
 * redrawn for every document of a 230,000-document file would cost the FX thread more than the read gains from it).
 * Called from the reading threads, in no particular order of threads.
 */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (done, total) -> { };

    void read(long done, long total);
}
