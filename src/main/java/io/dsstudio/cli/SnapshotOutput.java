package io.dsstudio.cli;

import io.dsstudio.yaml.AtomicFileWriter;
import io.dsstudio.yaml.BackupFiles;
import io.dsstudio.yaml.FileChange;
import io.dsstudio.yaml.IoReasons;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SourceFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code apply} and {@code delete} put the resulting snapshot: {@code --in-place} (each object back into
 * its own file, a backup kept as {@code FILE.bak}, {@code FILE.bak.1}, …, atomic writes), {@code --out FILE} (one multi-document file) or
 * {@code --out DIR} (the input files' layout under DIR). Input files are never touched without {@code --in-place}.
 */
final class SnapshotOutput {
    static final String NEW_PODS_FILE = "daemonset-studio-pods.yaml";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE|DIR", description = "Write the result to FILE (one multi-document file), "
                + "or to DIR (an existing directory, or a path ending in /) keeping the input files' layout.")
        String out;

        @Option(names = "--in-place", description = "Write every object back into its own file; each changed file's "
                + "old content is kept as FILE.bak (FILE.bak.1, FILE.bak.2, ... when a backup exists). "
                + "New pods go to " + NEW_PODS_FILE + " beside the first input. With --base the result goes into the "
                + "base snapshot's files (new objects of the PATHs into the base folder's file of the same name, or "
                + "appended to a base file); the PATHs are never rewritten. Not with standard input (-).")
        boolean inPlace;
    }

    /** Where new objects go: beside the first input (inside it when it is a folder). */
    static Path newObjectsFile(List<String> inputs) {
        Path first = Path.of(inputs.get(0));
        Path dir = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        return dir.resolve(NEW_PODS_FILE);
    }

    /** Offline commands need to be told where the result goes; nothing is written by default. */
    void require() {
        if (target == null) {
            throw new UsageException("say where the result goes: --out FILE|DIR or --in-place");
        }
    }

    /** Writes the changes; returns the paths written (for the report). */
    List<String> write(LoadedSnapshot loaded, List<String> inputs, List<FileChange> changes) {
        require();
        try {
            if (target.inPlace) {
                return writeInPlace(changes);
            }
            Path out = Path.of(target.out);
            if (Files.isDirectory(out) || target.out.endsWith("/") || target.out.endsWith("\\")) {
                return writeDirectory(out, loaded, inputs, changes);
            }
            return writeSingleFile(out, loaded, changes);
        } catch (IOException e) {
            throw new UsageException("cannot write the result " + (target.inPlace ? "in place" : "to " + target.out)
                    + ": " + IoReasons.of(e));
        }
    }

    private static List<String> writeInPlace(List<FileChange> changes) throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter(true);
        List<String> written = new ArrayList<>();
        for (FileChange change : changes) {
            if (change.deletes()) {
                BackupFiles.moveToNextFree(change.path(), change.path());
            } else {
                writer.write(change.path(), change.content());
            }
            written.add(change.displayPath());
        }
        return written;
    }

    private static List<String> writeSingleFile(Path out, LoadedSnapshot loaded, List<FileChange> changes) throws IOException {
        Iterable<FileChange> texts = resultTexts(loaded, changes).values();
        new AtomicFileWriter(false).write(out, writer -> {
            // written file by file, never put together in memory (a result can be hundreds of megabytes)
            boolean any = false;
            boolean endsWithNewline = true;
            for (FileChange text : texts) {
                if (any) {
                    writer.write(endsWithNewline ? "---\n" : "\n---\n");
                }
                text.writeTo(writer);
                any = any || !text.hasEmptyText();
                endsWithNewline = text.hasEmptyText() ? endsWithNewline : text.endsWithNewline();
            }
        });
        return List.of(out.toString());
    }

    private static List<String> writeDirectory(Path dir, LoadedSnapshot loaded, List<String> inputs, List<FileChange> changes)
            throws IOException {
        Files.createDirectories(dir);
        Map<Path, String> relative = relativeNames(inputs, loaded);
        AtomicFileWriter writer = new AtomicFileWriter(false);
        List<String> written = new ArrayList<>();
        for (Map.Entry<Path, FileChange> e : resultTexts(loaded, changes).entrySet()) {
            String name = relative.getOrDefault(e.getKey().toAbsolutePath().normalize(), e.getKey().getFileName().toString());
            Path target = dir.resolve(name);
            Files.createDirectories(target.toAbsolutePath().getParent());
            writer.write(target, e.getValue().content());
            written.add(target.toString());
        }
        return written;
    }

    /** The text of every resulting file (unchanged ones as they were), inputs first in reading order, then created files. */
    private static Map<Path, FileChange> resultTexts(LoadedSnapshot loaded, List<FileChange> changes) {
        Map<Path, FileChange> byPath = new HashMap<>();
        changes.forEach(c -> byPath.put(c.path().toAbsolutePath().normalize(), c));
        Map<Path, FileChange> texts = new LinkedHashMap<>();
        for (SourceFile f : loaded.read().files()) {
            Path key = f.path().toAbsolutePath().normalize();
            FileChange change = byPath.remove(key);
            if (change == null) {
                texts.put(key, new FileChange(f.path(), f.displayPath(), f.text(), f.text()));
            } else if (!change.deletes()) {
                texts.put(key, change);
            }
        }
        byPath.values().forEach(c -> texts.put(c.path().toAbsolutePath().normalize(), c));
        return texts;
    }

    private static Map<Path, String> relativeNames(List<String> inputs, LoadedSnapshot loaded) {
        Map<Path, String> out = new HashMap<>();
        for (String input : inputs) {
            Path root = Path.of(input).toAbsolutePath().normalize();
            boolean dir = Files.isDirectory(root);
            for (SourceFile f : loaded.read().files()) {
                Path p = f.path().toAbsolutePath().normalize();
                if (dir && p.startsWith(root)) {
                    out.putIfAbsent(p, root.relativize(p).toString());
                } else if (p.equals(root)) {
                    out.putIfAbsent(p, p.getFileName().toString());
                }
            }
            if (dir) {
                out.putIfAbsent(root.resolve(NEW_PODS_FILE), NEW_PODS_FILE);
            }
        }
        return out;
    }
}
