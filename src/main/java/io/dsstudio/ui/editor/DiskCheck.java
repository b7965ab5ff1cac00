package io.dsstudio.ui.editor;

import io.dsstudio.yaml.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;

/**
 * Which of the snapshot's files another program changed since they were read, reading a file whole only when its
 * size or modification time moved since it was last found unchanged: the check runs at every window focus, and a
 * 10,000-node snapshot is 175 MB.
 */
final class DiskCheck {
    private record Stamp(long size, long modifiedNanos) {
        static Stamp of(Path path) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }

    /** Only the files of the last call (by identity), so a snapshot read before is not kept alive here. */
    private Map<SourceFile, Stamp> unchangedAt = new IdentityHashMap<>();
    private int wholeReads;

    /** The paths of {@code files} whose content on disk is not the text read from them, or that are gone. */
    synchronized List<Path> changed(List<SourceFile> files) {
        Map<SourceFile, Stamp> kept = new IdentityHashMap<>();
        List<Path> out = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.path() == null) {
                continue;
            }
            try {
                if (!Files.isRegularFile(file.path())) {
                    out.add(file.path());
                    continue;
                }
                Stamp before = Stamp.of(file.path());
                if (before.equals(unchangedAt.get(file))) {
                    kept.put(file, before);
                    continue;
                }
                wholeReads++;
                boolean same = SaveController.changedOnDisk(List.of(file)).isEmpty();
                // a write between the stamp and the read leaves the stamp unrecorded, so the next check reads again
                if (same && before.equals(Stamp.of(file.path()))) {
                    kept.put(file, before);
                } else if (!same) {
                    out.add(file.path());
                }
            } catch (IOException | RuntimeException unreadable) {
                out.add(file.path());
            }
        }
        unchangedAt = kept;
        return out;
    }

    /** How many files were read whole so far: what the stamps are there to save. */
    synchronized int wholeReads() {
        return wholeReads;
    }
}
