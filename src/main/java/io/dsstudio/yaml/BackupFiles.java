package io.dsstudio.yaml;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names of the backups an in-place write keeps: {@code FILE.bak} the first time, then {@code FILE.bak.1},
 * {@code FILE.bak.2}, … — an existing backup is never overwritten, so the original survives every later run.
 */
public final class BackupFiles {
    private BackupFiles() {
    }

    /** The first backup name of {@code file} that does not exist yet. */
    public static Path nextFree(Path file) {
        for (int n = 0; ; n++) {
            Path candidate = candidate(file, n);
            if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    static Path candidate(Path file, int n) {
        String name = file.getFileName() + ".bak" + (n == 0 ? "" : "." + n);
        return file.resolveSibling(name);
    }

    /**
     * Moves {@code from} (a finished copy, or the file itself) to the next free backup name of {@code file}; if
     * another process takes that name meanwhile, the next one is used. Answers the backup's path.
     */
    public static Path moveToNextFree(Path from, Path file) throws IOException {
        while (true) {
            Path backup = nextFree(file);
            try {
                return Files.move(from, backup);
            } catch (FileAlreadyExistsException raced) {
                // taken between the check and the move: try the next name
            }
        }
    }
}
