package io.dsstudio.workspace;

import io.dsstudio.yaml.AtomicFileWriter;

import java.nio.file.Files;
import java.nio.file.Path;

/** Child process of {@link AtomicSaveCrashTest}: rewrites a large file through AtomicFileWriter until killed. */
public final class AtomicWriteLoop {
    private AtomicWriteLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path started = Path.of(args[1]);
        byte[][] versions = {AtomicSaveCrashTest.version('a'), AtomicSaveCrashTest.version('b')};
        AtomicFileWriter writer = new AtomicFileWriter(false);
        for (long i = 0; ; i++) {
            writer.write(target, versions[(int) (i % 2)]);
            if (i == 1) {
                Files.writeString(started, "writing");
            }
        }
    }
}
