package io.dsstudio.workspace;

import io.dsstudio.domain.Taint;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Autosave: the committed node edits of the open snapshot, rewritten atomically after every change to
 * {@code autosave/journal.properties} under the app's home. A later start on the same snapshot replays them.
 */
public final class EditJournal {
    private static final String SOURCE = "source";
    private static final String COUNT = "edits";

    private final Path file;

    /** What the last session left: where its snapshot came from and its committed edits, oldest first. */
    public record Entry(String source, List<NodeEdit> edits) {
    }

    public EditJournal(Path home) {
        this.file = home.resolve("autosave").resolve("journal.properties");
    }

    public static String sourceKey(SnapshotSource source) {
        return switch (source.kind()) {
            case DEMO -> "demo";
            case PATH -> source.path().toAbsolutePath().normalize().toString();
            case NONE -> "";
            case LIVE -> "live:" + source.context();
        };
    }

    public void save(SnapshotSource source, List<NodeEdit> edits) {
        Properties out = new Properties();
        out.setProperty(SOURCE, sourceKey(source));
        out.setProperty(COUNT, Integer.toString(edits.size()));
        for (int i = 0; i < edits.size(); i++) {
            write(out, "edit." + i + ".", edits.get(i));
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "journal", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.store(writer, "DaemonSet Studio autosave: committed edits of the open snapshot");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public Optional<Entry> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties in = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.load(reader);
            int count = Integer.parseInt(in.getProperty(COUNT, "0"));
            List<NodeEdit> edits = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                edits.add(read(in, "edit." + i + "."));
            }
            return Optional.of(new Entry(in.getProperty(SOURCE, ""), edits));
        } catch (IOException | RuntimeException unreadable) {
            // a damaged journal is not worth failing the start for
            return Optional.empty();
        }
    }

    private static void write(Properties out, String prefix, NodeEdit edit) {
        out.setProperty(prefix + "nodes", String.join(",", edit.nodes()));
        if (edit instanceof LabelEdit label) {
            out.setProperty(prefix + "type", "label");
            out.setProperty(prefix + "key", label.key());
            if (!label.isRemoval()) {
                out.setProperty(prefix + "value", label.value());
            }
        } else if (edit instanceof TaintEdit taint) {
            out.setProperty(prefix + "type", taint.add() ? "taint.add" : "taint.remove");
            out.setProperty(prefix + "key", taint.taint().key());
            out.setProperty(prefix + "value", taint.taint().value());
            out.setProperty(prefix + "effect", taint.taint().effect());
        } else if (edit instanceof CordonEdit cordon) {
            out.setProperty(prefix + "type", cordon.cordon() ? "cordon" : "uncordon");
        }
    }

    private static NodeEdit read(Properties in, String prefix) {
        LinkedHashSet<String> nodes = new LinkedHashSet<>(Arrays.asList(in.getProperty(prefix + "nodes", "").split(",")));
        nodes.remove("");
        String key = in.getProperty(prefix + "key", "");
        String value = in.getProperty(prefix + "value");
        String effect = in.getProperty(prefix + "effect", "");
        return switch (in.getProperty(prefix + "type", "")) {
            case "label" -> new LabelEdit(nodes, key, value);
            case "taint.add" -> TaintEdit.add(nodes, Taint.of(key, value, effect));
            case "taint.remove" -> TaintEdit.remove(nodes, key, effect);
            case "cordon" -> new CordonEdit(nodes, true);
            case "uncordon" -> new CordonEdit(nodes, false);
            default -> throw new IllegalArgumentException("unknown edit type in the journal");
        };
    }
}
