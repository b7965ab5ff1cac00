package io.dsstudio.workspace;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.yaml.AtomicFileWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Autosave of the editors' work: every open buffer (and every applied, unsaved DaemonSet text) of the open
 * snapshot, written atomically to {@code autosave/editors.properties} under the app's home, so a start after a
 * crash or a kill can offer to reopen it. Cleared when nothing is left to lose.
 */
public final class EditorAutosave {
    private static final String SOURCE = "source";
    private static final String COUNT = "buffers";

    private final Path file;
    private final AtomicFileWriter writer = new AtomicFileWriter(false);

    /** One buffer: the DaemonSet it edits (null for a new one) and its text. */
    public record Buffer(ObjectRef ref, String text) {
    }

    /** What the last session left for a snapshot. */
    public record Entry(String source, List<Buffer> buffers) {
        public Entry {
            buffers = List.copyOf(buffers);
        }
    }

    public EditorAutosave(Path home) {
        this.file = home.resolve("autosave").resolve("editors.properties");
    }

    public void save(SnapshotSource source, List<Buffer> buffers) {
        try {
            if (buffers.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Properties out = new Properties();
            out.setProperty(SOURCE, EditJournal.sourceKey(source));
            out.setProperty(COUNT, Integer.toString(buffers.size()));
            for (int i = 0; i < buffers.size(); i++) {
                Buffer b = buffers.get(i);
                out.setProperty("buffer." + i + ".ref", b.ref() == null ? "" : b.ref().kind() + "/" + b.ref().namespace() + "/" + b.ref().name());
                out.setProperty("buffer." + i + ".text", b.text());
            }
            StringWriter text = new StringWriter();
            out.store(text, "DaemonSet Studio autosave: open editor buffers");
            Files.createDirectories(file.getParent());
            writer.write(file, text.toString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Whether the work belongs to the snapshot opened from {@code source}. */
    public static boolean belongsTo(Entry entry, SnapshotSource source) {
        return EditJournal.sourceKey(source).equals(entry.source());
    }

    /** The work the last session left, whatever snapshot it belongs to. */
    public Optional<Entry> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            Properties in = new Properties();
            in.load(reader);
            int count = Integer.parseInt(in.getProperty(COUNT, "0"));
            List<Buffer> buffers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                buffers.add(new Buffer(ref(in.getProperty("buffer." + i + ".ref", "")), in.getProperty("buffer." + i + ".text", "")));
            }
            return buffers.isEmpty() ? Optional.empty() : Optional.of(new Entry(in.getProperty(SOURCE), buffers));
        } catch (IOException | RuntimeException unreadable) {
            // a damaged autosave is not worth failing the start for
            return Optional.empty();
        }
    }

    private static ObjectRef ref(String text) {
        String[] parts = text.split("/", 3);
        return parts.length == 3 ? new ObjectRef(parts[0], parts[1], parts[2]) : null;
    }
}
