package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diff} on real-world DaemonSets over a converged snapshot of the mixed cluster: an image bump, a nodeSelector
 * change and a toleration removed, with checked output; and its exit codes.
 */
class DiffCommandTest {
    private static final String NOW = "2026-01-05T09:00:00Z";
    private static final String LATER = "2026-01-05T10:00:00Z";

    @TempDir
    static Path dir;
    static Path base;

    @BeforeAll
    static void convergedSnapshot() throws IOException {
        StringBuilder yaml = new StringBuilder(realworld("cluster-mixed.yaml"));
        for (String name : new String[] {"node-exporter", "kube-flannel", "kured"}) {
            yaml.append("\n---\n").append(realworld("daemonsets/" + name + ".yaml"));
        }
        Path cluster = dir.resolve("cluster.yaml");
        Files.writeString(cluster, yaml);
        base = dir.resolve("snapshot.yaml");
        PlanCommandTest.Run applied = run("apply", "--until-converged", "--now", NOW, "--out", base.toString(), cluster.toString());
        assertThat(applied.code()).as(applied.err()).isZero();
    }

    static String realworld(String name) throws IOException {
        try (InputStream in = DiffCommandTest.class.getResourceAsStream("/realworld/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String expected(String name) throws IOException {
        try (InputStream in = DiffCommandTest.class.getResourceAsStream("/cli/diff/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The manifest of a pull request: the real-world DaemonSet with one change. */
    static Path manifest(String daemonSet, String from, String to) throws IOException {
        String original = realworld("daemonsets/" + daemonSet + ".yaml");
        String changed = original.replace(from, to);
        assertThat(changed).as("the change applies").isNotEqualTo(original);
        Path file = Files.createTempFile(dir, daemonSet, ".yaml");
        Files.writeString(file, changed);
        return file;
    }

    static Path imageBump() throws IOException {
        return manifest("node-exporter", "image: quay.io/prometheus/node-exporter:v1.12.1", "image: quay.io/prometheus/node-exporter:v1.13.0");
    }

    static Path nodeSelectorChange() throws IOException {
        return manifest("node-exporter", "        kubernetes.io/os: linux\n", "        kubernetes.io/os: linux\n        topology.kubernetes.io/zone: us-east-1a\n");
    }

    static Path tolerationRemoved() throws IOException {
        return manifest("kube-flannel", "      tolerations:\n      - operator: Exists\n        effect: NoSchedule\n", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"image-bump", "node-selector", "toleration-removed"})
    void realWorldChangesAsText(String change) throws IOException {
        Path manifest = switch (change) {
            case "image-bump" -> imageBump();
            case "node-selector" -> nodeSelectorChange();
            default -> tolerationRemoved();
        };
        PlanCommandTest.Run diff = run("diff", "--now", LATER, "--pod-start", "30s", "--base", base.toString(), manifest.toString());
        assertThat(diff.code()).as(diff.err()).isEqualTo(ExitCodes.DIFF_CHANGES);
        assertThat(diff.out().replace(manifest.toString(), "MANIFEST")).isEqualTo(expected(change + ".txt"));
    }

    @Test
    void markdownPullRequestComment() throws IOException {
        Path dirOfChanges = dir.resolve("pr");
        Files.createDirectories(dirOfChanges);
        Files.copy(nodeSelectorChange(), dirOfChanges.resolve("node-exporter.yaml"));
        Files.copy(tolerationRemoved(), dirOfChanges.resolve("kube-flannel.yaml"));
        PlanCommandTest.Run diff = run("diff", "-o", "markdown", "--now", LATER, "--pod-start", "30s", "--base", base.toString(),
                dirOfChanges.toString());
        assertThat(diff.code()).as(diff.err()).isEqualTo(ExitCodes.DIFF_CHANGES);
        assertThat(diff.out()).isEqualTo(expected("pr-comment.md"));
    }

    @Test
    void imageBumpAsJson() throws Exception {
        PlanCommandTest.Run diff = run("diff", "-o", "json", "--now", LATER, "--pod-start", "30s", "--base", base.toString(),
                imageBump().toString());
        JsonNode ds = null;
        for (JsonNode d : diff.json().get("daemonSets")) {
            if (d.get("name").asText().equals("node-exporter")) {
                ds = d;
            }
        }
        assertThat(diff.json().get("changed").asBoolean()).isTrue();
        assertThat(ds.get("name").asText()).isEqualTo("node-exporter");
        assertThat(ds.get("podsCreated").asInt()).isZero();
        assertThat(ds.get("podsDeleted").asInt()).isZero();
        assertThat(ds.get("podsReplaced").asInt()).isEqualTo(ds.get("statusAfter").get("desiredNumberScheduled").asInt());
        assertThat(ds.get("rollout").get("waves").asInt()).isPositive();
        assertThat(ds.get("statusAfter").get("updatedNumberScheduled").asInt())
                .isEqualTo(ds.get("statusAfter").get("desiredNumberScheduled").asInt());
    }

    @Test
    void theSnapshotItselfChangesNothingAndExitsZero() {
        PlanCommandTest.Run diff = run("diff", "--now", LATER, "--base", base.toString(), base.toString());
        assertThat(diff.code()).as(diff.err() + diff.out()).isEqualTo(ExitCodes.DIFF_NO_CHANGE);
        assertThat(diff.out()).contains("no pod is created, deleted or replaced");
    }

    @Test
    void helmStyleOutputOfTheSameDaemonSetIsNoChange() throws IOException {
        // the manifest as written (no defaults, no status) over the converged snapshot of itself
        Path same = Files.createTempFile(dir, "same", ".yaml");
        Files.writeString(same, realworld("daemonsets/node-exporter.yaml"));
        PlanCommandTest.Run diff = run("diff", "--now", LATER, "--base", base.toString(), same.toString());
        assertThat(diff.code()).as(diff.out()).isEqualTo(ExitCodes.DIFF_NO_CHANGE);
    }

    @Test
    void failuresExitTwo() throws IOException {
        assertThat(run("diff", imageBump().toString()).code()).as("no --base").isEqualTo(ExitCodes.DIFF_FAILURE);
        assertThat(run("diff", "--base", dir.resolve("missing.yaml").toString(), imageBump().toString()).code())
                .isEqualTo(ExitCodes.DIFF_FAILURE);
        assertThat(run("diff", "--pod-start", "soon", "--base", base.toString(), imageBump().toString()).code())
                .isEqualTo(ExitCodes.DIFF_FAILURE);
        assertThat(run("diff", "-o", "html", "--base", base.toString(), imageBump().toString()).code())
                .isEqualTo(ExitCodes.DIFF_FAILURE);
        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, realworld("daemonsets/node-exporter.yaml").replace("  selector:\n", "  selector: {}\n  x:\n"));
        assertThat(run("diff", "--base", base.toString(), invalid.toString()).code()).isEqualTo(ExitCodes.DIFF_FAILURE);
        assertThat(run("diff", "--base", "-", "-").code()).as("standard input twice").isEqualTo(ExitCodes.DIFF_FAILURE);
    }

    @Test
    void standardInputAsTheManifest() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliMain cli = new CliMain(new Output(new PrintWriter(out), new PrintWriter(err)));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readString(imageBump()).getBytes(StandardCharsets.UTF_8)));
            int code = cli.run(new String[] {"diff", "--now", LATER, "--pod-start", "30s", "--base", base.toString(), "-"});
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DIFF_CHANGES);
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).isEqualTo(expected("image-bump.txt"));
    }

    @Test
    void inPlaceWithStandardInputIsAUsageError() {
        assertThat(run("apply", "--in-place", "-").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("apply", "--in-place", "--base", "-", base.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
