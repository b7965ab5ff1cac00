package io.dsstudio.cli;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.yaml.FileChange;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.SnapshotLoader;
import io.dsstudio.yaml.SnapshotOverlay;
import io.dsstudio.yaml.SourceFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
            + "an object in the PATHs replaces the base object of the same kind, namespace and name (its spec, labels and "
            + "annotations, after API-server defaulting; generations as the API server moves them). Repeatable. "
            + "With apply --in-place the result is written into the base.")
    List<String> bases = new ArrayList<>();

    /** Where {@code -} is read from; standard input unless a test sets it. */
    InputStream stdin = System.in;

    /**
     * Set by {@code apply --in-place}: the overlay's new objects are moved into the base files, which are then the
     * only files written (the PATHs are the user's change and are never rewritten).
     */
    boolean intoBase;

    private Map<ObjectRef, KubeObject> positions = Map.of();
    private LoadedSnapshot base;
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
            base = loader.load(bases(), stdinText);
            SnapshotOverlay.Result result = new SnapshotOverlay().overlay(base, top, intoBase ? Path.of(bases().get(0)) : null);
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

    /**
     * With {@code --in-place --base}: the writes that make the base files hold the result — the simulation's changes,
     * plus every base file the overlay changed that the simulation left alone, plus files created in a base folder.
     */
    List<FileChange> inPlaceWrites(LoadedSnapshot merged, List<FileChange> changes) {
        if (base == null) {
            return changes;
        }
        Map<Path, String> disk = new java.util.HashMap<>();
        base.read().files().forEach(f -> disk.put(f.path().toAbsolutePath().normalize(), f.text()));
        java.util.Set<Path> changed = new java.util.HashSet<>();
        changes.forEach(c -> changed.add(c.path().toAbsolutePath().normalize()));
        List<FileChange> out = new ArrayList<>(changes);
        for (SourceFile f : merged.read().files()) {
            Path key = f.path().toAbsolutePath().normalize();
            String was = disk.get(key);
            if (!changed.contains(key) && !f.text().equals(was)) {
                out.add(new FileChange(f.path(), f.displayPath(), was, f.text()));
            }
        }
        return out;
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
