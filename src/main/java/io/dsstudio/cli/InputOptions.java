package io.dsstudio.cli;

import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** The snapshot paths every command takes: files or folders of manifests (none with {@code --live}). */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of manifests (.yaml, .yml, .json); "
            + "with --live they are laid over the cluster's state and may be left out.")
    List<String> paths = new ArrayList<>();

    LoadedSnapshot load() {
        if (paths == null || paths.isEmpty()) {
            throw new UsageException("give at least one PATH (a file or folder of manifests), or --live");
        }
        try {
            return new SnapshotLoader().load(paths);
        } catch (InputPathException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static InputOptions of(List<String> paths) {
        InputOptions input = new InputOptions();
        input.paths = paths == null ? new ArrayList<>() : paths;
        return input;
    }
}
