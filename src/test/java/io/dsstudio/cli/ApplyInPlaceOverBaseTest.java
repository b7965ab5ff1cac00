package io.dsstudio.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply --in-place --base SNAPSHOT MANIFESTS}: the result goes into the base snapshot's files (what an
 * administrator keeps committed), the manifests (the change under review) are never rewritten.
 */
class ApplyInPlaceOverBaseTest {
    private static final String LATER = "2026-01-05T10:00:00Z";
    private static final String NEW_DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: node-problem-detector
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: node-problem-detector}
              template:
                metadata:
                  labels: {app: node-problem-detector}
                spec:
                  tolerations: [{operator: Exists}]
                  containers:
                  - name: npd
                    image: registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.19
            """;

    @TempDir
    Path dir;
    private Path snapshotDir;
    private Path snapshotFile;

    @BeforeEach
    void committedSnapshot() throws IOException {
        Path cluster = Files.writeString(dir.resolve("kubectl-get.yaml"), DiffCommandTest.realworld("cluster-mixed.yaml")
                + "\n---\n" + DiffCommandTest.realworld("daemonsets/node-exporter.yaml"));
        snapshotDir = Files.createDirectories(dir.resolve("snapshot"));
        snapshotFile = snapshotDir.resolve("cluster.yaml");
        PlanCommandTest.Run converged = run("apply", "--until-converged", "--now", "2026-01-05T09:00:00Z",
                "--out", snapshotFile.toString(), cluster.toString());
        assertThat(converged.code()).as(converged.err()).isZero();
    }

    private Path imageBump() throws IOException {
        String original = DiffCommandTest.realworld("daemonsets/node-exporter.yaml");
        String changed = original.replace("image: quay.io/prometheus/node-exporter:v1.12.1", "image: quay.io/prometheus/node-exporter:v1.13.0");
        assertThat(changed).isNotEqualTo(original);
        return Files.writeString(Files.createDirectories(dir.resolve("pr")).resolve("node-exporter.yaml"), changed);
    }

    @Test
    void anImageBumpIsWrittenIntoTheBaseAndTheManifestStaysAsItWas() throws Exception {
        Path manifest = imageBump();
        String manifestBefore = Files.readString(manifest);

        PlanCommandTest.Run applied = run("apply", "--in-place", "--until-converged", "--now", LATER,
                "--base", snapshotDir.toString(), manifest.toString());

        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(Files.readString(manifest)).as("the change under review is not rewritten").isEqualTo(manifestBefore);
        String written = Files.readString(snapshotFile);
        assertThat(written).contains("image: quay.io/prometheus/node-exporter:v1.13.0")
                .doesNotContain("image: quay.io/prometheus/node-exporter:v1.12.1");
        assertThat(snapshotDir.resolve("cluster.yaml.bak")).exists();
        PlanCommandTest.Run again = run("diff", "--now", LATER, "--base", snapshotDir.toString(), manifest.toString());
        assertThat(again.code()).as("the manifest over the written snapshot changes nothing: " + again.out() + again.err())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void aNewDaemonSetGoesIntoTheBaseFolderUnderItsFileName() throws Exception {
        Path manifest = Files.writeString(dir.resolve("npd.yaml"), NEW_DAEMONSET);

        PlanCommandTest.Run applied = run("apply", "--in-place", "--now", LATER, "--base", snapshotDir.toString(), manifest.toString());

        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(Files.readString(manifest)).isEqualTo(NEW_DAEMONSET);
        Path added = snapshotDir.resolve("npd.yaml");
        assertThat(added).exists();
        assertThat(Files.readString(added)).contains("name: node-problem-detector", "generation: 1");
    }

    @Test
    void aNewDaemonSetIsAppendedToABaseFile() throws Exception {
        Path manifest = Files.writeString(dir.resolve("npd.yaml"), NEW_DAEMONSET);

        PlanCommandTest.Run applied = run("apply", "--in-place", "--now", LATER, "--base", snapshotFile.toString(), manifest.toString());

        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(Files.readString(manifest)).isEqualTo(NEW_DAEMONSET);
        assertThat(Files.readString(snapshotFile)).contains("name: node-problem-detector");
        assertThat(snapshotDir.resolve("npd.yaml")).doesNotExist();
    }
}
