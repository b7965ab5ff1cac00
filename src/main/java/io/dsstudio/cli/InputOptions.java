package io.dsstudio.cli;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The snapshot paths every command takes: files or folders of manifests. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of manifests (.yaml, .yml, .json).")
    List<String> paths;

    LoadedSnapshot load() {
        try {
            return new SnapshotLoader().load(paths);
        } catch (InputPathException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
