package io.dsstudio.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both launchers of the app image map the one AppCDS archive the packager dumps next to the jar
 * ({@code Packager.AppCds}, trained on the CLI's commands and the window): the CLI's cold commands load their
 * classes from it too, and a JVM that cannot map it starts without it ({@code -Xshare:auto}).
 */
class LauncherArchiveOptionsTest {
    private static final String ARCHIVE = "-XX:SharedArchiveFile=$APPDIR/dsstudio.jsa";

    @Test
    void cliLauncherMapsTheArchiveWhereItCan() throws IOException {
        List<String> options = cliJavaOptions();
        assertThat(options).contains(ARCHIVE, "-Xshare:auto", "-Ddsstudio.mode=cli");
        assertThat(options).noneMatch(o -> o.equals("-Xshare:on") || o.equals("-Xshare:off"));
    }

    @Test
    void appLauncherNamesTheSameArchive() throws IOException {
        String args = Files.readString(Path.of("packaging/app-image.args"), StandardCharsets.UTF_8);
        assertThat(args).contains("--java-options \"" + ARCHIVE + " -Xshare:auto\"");
    }

    /** The java-options of packaging/dsstudio.properties, one option a word (none of them holds a blank). */
    private static List<String> cliJavaOptions() throws IOException {
        return Files.readAllLines(Path.of("packaging/dsstudio.properties"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("java-options="))
                .flatMap(line -> Arrays.stream(line.substring("java-options=".length()).trim().split("\\s+")))
                .toList();
    }
}
