package io.dsstudio.cli;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.SnapshotLoader;
import io.dsstudio.yaml.SnapshotOverlay;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The snapshot paths every command takes: files or folders of manifests (none with {@code --live}), {@code -} for
 * standard input, and with {@code --base} a snapshot the paths are laid over ({@link SnapshotOverlay}).
 */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of manifests (.yaml, .yml, .json), "
            + "or - for standard input; with --base they are laid over the base; with --live they are laid over the "
            + "cluster's state and may be left out.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--base", paramLabel = "PATH", description = "A snapshot (file, folder or -) the PATHs are laid over: "
            + "an object in the PATHs replaces the base object of the same kind, namespace and name. Repeatable.")
    List<String> bases = new ArrayList<>();

    /** Where {@code -} is read from; standard input unless a test sets it. */
    InputStream stdin = System.in;

    private Map<ObjectRef, KubeObject> positions = Map.of();
    private String stdinText;

    LoadedSnapshot load() {
        if (paths == null || paths.isEmpty()) {
            throw new UsageException("give at least one PATH (a file or folder of manifests), or --live");
        }
        long dashes = Stream.concat(paths.stream(), bases().stream()).filter("-"::equals).count();
        if (dashes > 1) {
            throw new UsageException("standard input (-) can be read only once");
        }
        if (dashes == 1 && stdinText == null) {
            stdinText = readStdin();
        }
        try {
            SnapshotLoader loader = new SnapshotLoader();
            LoadedSnapshot top = loader.load(paths, stdinText);
            boolean readErrors = top.diagnostics().stream().anyMatch(d -> d.isError());
            if (top.read().objects().isEmpty() && !readErrors) {
                // as kubectl: an empty folder or file is a mistake in the call, not a valid empty snapshot
                throw new UsageException("no objects passed: " + (top.read().files().isEmpty()
                        ? "no .yaml, .yml or .json files in " : "no Kubernetes objects in ") + String.join(", ", paths));
            }
            if (bases().isEmpty()) {
                positions = top.sources();
                return top;
            }
            SnapshotOverlay.Result result = new SnapshotOverlay().overlay(loader.load(bases(), stdinText), top);
            positions = result.positions();
            return result.merged();
        } catch (InputPathException e) {
            throw new UsageException(e.getMessage());
        } catch (ManifestEditException e) {
            throw new UsageException("cannot lay the manifests over the base: " + e.getMessage());
        }
    }

    /** The base alone (after {@link #load}, which reads standard input once), for comparing with the merged snapshot. */
    LoadedSnapshot loadBase() {
        try {
            return new SnapshotLoader().load(bases(), stdinText);
        } catch (InputPathException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Where each object of the last {@link #load} was written by the user, for diagnostics. */
    Map<ObjectRef, KubeObject> positions() {
        return positions;
    }

    List<String> bases() {
        return bases == null ? List.of() : bases;
    }

    boolean readsStdin() {
        return Stream.concat(paths == null ? Stream.empty() : paths.stream(), bases().stream()).anyMatch("-"::equals);
    }

    /** The paths results are written relative to: the bases first (new objects go beside the first), then the inputs. */
    List<String> layoutPaths() {
        List<String> all = new ArrayList<>(bases());
        all.addAll(paths);
        return all;
    }

    private String readStdin() {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read standard input: " + e.getMessage());
        }
    }

    static InputOptions of(List<String> paths) {
        InputOptions input = new InputOptions();
        input.paths = paths == null ? new ArrayList<>() : paths;
        return input;
    }
}
