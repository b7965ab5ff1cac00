package io.dsstudio.workspace;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed (SIGKILL) while it saves leaves the target as the old or the new version, never a mix: a child
 * JVM rewrites a 4 MB file through AtomicFileWriter in a loop and is killed at varying moments.
 */
class AtomicSaveCrashTest {
    @TempDir
    Path dir;

    static byte[] version(char fill) {
        String line = "# " + String.valueOf(fill).repeat(60) + "\n";
        StringBuilder out = new StringBuilder("apiVersion: v1\nkind: List\nitems: []\n");
        while (out.length() < 4_000_000) {
            out.append(line);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 37, 150})
    void killDuringSaveLeavesOldOrNewFileNeverABrokenOne(int delayMillis) throws Exception {
        Path target = dir.resolve("cluster.yaml");
        Files.write(target, version('a'));
        Path started = dir.resolve("started");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AtomicWriteLoop.class.getName(),
                target.toString(), started.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(started) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(10);
            }
            assertThat(Files.exists(started)).as("child started writing").isTrue();
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks in the child
            child.waitFor(10, TimeUnit.SECONDS);
        }
        byte[] left = Files.readAllBytes(target);
        assertThat(Arrays.equals(left, version('a')) || Arrays.equals(left, version('b')))
                .as("the target is one whole version (%d bytes)", left.length).isTrue();
    }
}
