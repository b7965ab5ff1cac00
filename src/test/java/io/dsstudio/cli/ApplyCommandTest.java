package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsstudio.domain.Pod;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ApplyCommandTest {
    private static final String NODES = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Node
              metadata:
                name: node-1
                labels: {kubernetes.io/os: linux}
            - apiVersion: v1
              kind: Node
              metadata:
                name: node-2
                labels: {kubernetes.io/os: linux}
              spec:
                taints:
                - key: gpu
                  value: "true"
                  effect: NoSchedule
            """;

    private static final String DAEMONSET = """
            # The log shipper of the platform team.
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fluentd   # keep the short name
              namespace: logging
            spec:
              selector:
                matchLabels: {app: fluentd}
              template:
                metadata:
                  labels: {app: fluentd}
                spec:
                  # runs on every linux node
                  nodeSelector:
                    kubernetes.io/os: linux
                  containers:
                  - name: fluentd
                    image: 'fluent/fluentd:v1.16'
            """;

    @Test
    void applyInPlaceKeepsCommentsAndAddsOnlyIdentityAndStatus(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nodes.yaml"), NODES);
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET);
        PlanCommandTest.Run result = run("apply", "--until-converged", "--in-place", "--now", "2026-01-05T09:00:00Z", dir.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("converged after");

        List<String> before = DAEMONSET.lines().toList();
        List<String> after = Files.readString(dir.resolve("ds.yaml")).lines().toList();
        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        // what the API server adds on create (PrepareForCreate) and the status the last sync computed
        assertThat(added).containsExactly("  uid: " + uidLine(after), "  generation: 1", "  annotations:",
                "    deprecated.daemonset.template.generation: \"1\"", "status:", "  currentNumberScheduled: 1",
                "  numberMisscheduled: 0", "  desiredNumberScheduled: 1", "  numberReady: 1", "  observedGeneration: 1",
                "  updatedNumberScheduled: 1", "  numberAvailable: 1");
        assertThat(after).containsSubsequence(before);
        assertThat(uidLine(after)).isEqualTo(io.dsstudio.simulation.PodNames.uidFor("logging/fluentd"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(Files.readString(dir.resolve("ds.yaml.bak"))).isEqualTo(DAEMONSET);
        assertThat(Files.readString(dir.resolve("nodes.yaml"))).isEqualTo(NODES);
        assertThat(dir.resolve("nodes.yaml.bak")).doesNotExist();

        LoadedSnapshot written = new SnapshotLoader().load(List.of(dir.toString()));
        assertThat(written.diagnostics()).noneMatch(d -> d.isError());
        List<Pod> pods = written.snapshot().pods();
        assertThat(pods).hasSize(1);
        Pod pod = pods.get(0);
        assertThat(pod.spec().nodeName()).isEqualTo("node-1");
        assertThat(pod.isReady()).isTrue();
        assertThat(pod.meta().labels()).containsEntry("pod-template-generation", "1").containsKey("controller-revision-hash");
        assertThat(pod.spec().tolerations()).anyMatch(t -> t.key().equals("node.kubernetes.io/not-ready"));
        assertThat(pod.meta().name()).matches("fluentd-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void applyToAnOutputFileLeavesTheInputAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nodes.yaml"), NODES);
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET);
        Path out = dir.resolve("result.yaml");
        PlanCommandTest.Run result = run("apply", "--steps", "1", "-o", "json", "--out", out.toString(),
                "--now", "2026-01-05T09:00:00Z", dir.resolve("nodes.yaml").toString(), dir.resolve("ds.yaml").toString());
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode report = result.json();
        assertThat(report.get("syncs")).hasSize(1);
        JsonNode actions = report.get("syncs").get(0).get("daemonSets").get(0).get("actions");
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).get("type").asText()).isEqualTo("create");
        assertThat(actions.get(0).get("node").asText()).isEqualTo("node-1");
        assertThat(Files.readString(dir.resolve("ds.yaml"))).isEqualTo(DAEMONSET);
        LoadedSnapshot written = new SnapshotLoader().load(List.of(out.toString()));
        assertThat(written.snapshot().nodes()).hasSize(2);
        assertThat(written.snapshot().pods()).singleElement().satisfies(p -> assertThat(p.phase()).isEqualTo("Pending"));
    }

    @Test
    void applyTablePrintsEachSyncsActionsInAlignedColumns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nodes.yaml"), NODES.replace("name: node-2", "name: node-twenty-two").replace("value: \"true\"", "value: \"no\"")
                .replace("effect: NoSchedule", "effect: PreferNoSchedule"));
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET + "---\n" + DAEMONSET.replace("fluentd", "metrics-agent-with-a-long-name"));
        PlanCommandTest.Run result = run("apply", "--steps", "1", "--out", dir.resolve("out.yaml").toString(),
                "--now", "2026-01-05T09:00:00Z", dir.resolve("nodes.yaml").toString(), dir.resolve("ds.yaml").toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> actions = result.out().lines().filter(l -> l.startsWith("  logging/")).toList();
        assertThat(actions).hasSize(4);
        for (String line : actions) {
            assertThat(line.indexOf(" create ")).as(line).isEqualTo(actions.get(0).indexOf(" create "));
            assertThat(line.indexOf(" the node ")).as(line).isEqualTo(actions.get(0).indexOf(" the node "));
        }
        assertThat(actions.get(0)).matches("  logging/fluentd +create +node-1 +- +- +the node .*");
    }

    @Test
    void applyNeedsADestination(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET);
        assertThat(run("apply", dir.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("apply", "--in-place", dir.resolve("missing.yaml").toString()).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void deleteWithOrphanKeepsPodsWithoutOwner(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nodes.yaml"), NODES);
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET);
        assertThat(run("apply", "--until-converged", "--in-place", "--now", "2026-01-05T09:00:00Z", dir.toString()).code()).isZero();

        PlanCommandTest.Run deleted = run("delete", "--cascade=orphan", "logging/fluentd", "--in-place", dir.toString());
        assertThat(deleted.code()).as(deleted.err()).isZero();
        LoadedSnapshot after = new SnapshotLoader().load(List.of(dir.toString()));
        assertThat(after.snapshot().daemonSets()).isEmpty();
        assertThat(after.snapshot().pods()).singleElement().satisfies(p -> assertThat(p.meta().ownerReferences()).isEmpty());
        assertThat(Files.readString(dir.resolve("ds.yaml.bak"))).contains("kind: DaemonSet");

        Files.writeString(dir.resolve("ds-again.yaml"), DAEMONSET);
        PlanCommandTest.Run plan = run("plan", "-o", "json", "--now", "2026-01-05T10:00:00Z", dir.toString());
        JsonNode ds = plan.json().get("daemonSets").get(0);
        assertThat(ds.get("actions")).as("the orphan is adopted, so nothing is created").isEmpty();
        assertThat(ds.get("currentNumberScheduled").asInt()).isEqualTo(1);
        assertThat(plan.json().get("warnings").toString()).contains("WillAdoptOrphan");
    }

    @Test
    void deleteWithBackgroundCascadeRemovesPods(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nodes.yaml"), NODES);
        Files.writeString(dir.resolve("ds.yaml"), DAEMONSET);
        assertThat(run("apply", "--until-converged", "--in-place", "--now", "2026-01-05T09:00:00Z", dir.toString()).code()).isZero();
        assertThat(run("delete", "fluentd", "--in-place", dir.toString()).code()).isZero();
        LoadedSnapshot after = new SnapshotLoader().load(List.of(dir.toString()));
        assertThat(after.snapshot().daemonSets()).isEmpty();
        assertThat(after.snapshot().pods()).isEmpty();
        assertThat(run("delete", "nope", "--in-place", dir.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }

    private static String uidLine(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("  uid: ")).findFirst().orElseThrow().substring("  uid: ".length());
    }
}
