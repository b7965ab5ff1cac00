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
        LoadedSnapshot loaded;
        try {
            loaded = new SnapshotLoader().load(paths);
        } catch (InputPathException e) {
            throw new UsageException(e.getMessage());
        }
        boolean readErrors = loaded.diagnostics().stream().anyMatch(d -> d.isError());
        if (loaded.read().objects().isEmpty() && !readErrors) {
            // as kubectl: an empty folder or file is a mistake in the call, not a valid empty snapshot
            throw new UsageException("no objects passed: " + (loaded.read().files().isEmpty()
                    ? "no .yaml, .yml or .json files in " : "no Kubernetes objects in ") + String.join(", ", paths));
        }
        return loaded;
    }

    static InputOptions of(List<String> paths) {
        InputOptions input = new InputOptions();
        input.paths = paths == null ? new ArrayList<>() : paths;
        return input;
    }
}
