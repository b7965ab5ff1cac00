package io.dsstudio.simulation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;
import io.dsstudio.reconcile.NodeFit;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterGeneratorTest {
    private final ClusterGenerator generator = new ClusterGenerator();

    private LoadedSnapshot generate(int nodes, int daemonSets, long seed) {
        String yaml = generator.generate(new GeneratorOptions(nodes, daemonSets, seed, GeneratorOptions.DEFAULT_TIME));
        return new SnapshotLoader().loadText("generated.yaml", yaml);
    }

    @Test
    void generateIsByteIdenticalForTheSameArguments() {
        GeneratorOptions options = new GeneratorOptions(200, 12, 7, GeneratorOptions.DEFAULT_TIME);
        assertThat(generator.generate(options)).isEqualTo(generator.generate(options));
        assertThat(generator.generate(options))
                .isNotEqualTo(generator.generate(new GeneratorOptions(200, 12, 8, GeneratorOptions.DEFAULT_TIME)));
    }

    @Test
    void generateMakesTheRequestedCountsAndValidObjects() {
        LoadedSnapshot loaded = generate(300, 20, 1);
        assertThat(loaded.snapshot().nodes()).hasSize(300);
        assertThat(loaded.snapshot().daemonSets()).hasSize(20);
        List<Diagnostic> problems = new java.util.ArrayList<>(loaded.diagnostics());
        problems.addAll(new SnapshotValidator().validate(loaded));
        assertThat(problems).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void generateCoversTheNodeShapesAdministratorsMeet() {
        List<ClusterNode> nodes = generate(400, 1, 1).snapshot().nodes();
        Set<String> taintKeys = nodes.stream().flatMap(n -> n.taints().stream()).map(t -> t.key()).collect(Collectors.toSet());
        assertThat(taintKeys).contains("node-role.kubernetes.io/control-plane", "nvidia.com/gpu", "node.kubernetes.io/os",
                "spot", "node.kubernetes.io/unschedulable", "node.kubernetes.io/not-ready");
        assertThat(nodes).anyMatch(ClusterNode::unschedulable);
        assertThat(nodes).anyMatch(n -> "False".equals(n.readyStatus()));
        assertThat(nodes.stream().map(n -> n.labels().get("kubernetes.io/arch")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("amd64", "arm64");
        assertThat(nodes.stream().map(n -> n.labels().get("topology.kubernetes.io/zone")).collect(Collectors.toSet()))
                .hasSize(3);
    }

    @Test
    void generatePlacesOnePodPerShouldRunPairWithAboutFivePercentDrift() {
        LoadedSnapshot loaded = generate(1000, 10, 3);
        Map<String, ClusterNode> nodes = new HashMap<>();
        loaded.snapshot().nodes().forEach(n -> nodes.put(n.name(), n));
        int shouldRunPairs = 0;
        for (DaemonSet ds : loaded.snapshot().daemonSets()) {
            for (ClusterNode node : loaded.snapshot().nodes()) {
                if (NodeFit.evaluate(node, ds).shouldRun()) {
                    shouldRunPairs++;
                }
            }
        }
        int onShouldRun = 0;
        int misplaced = 0;
        for (Pod pod : loaded.snapshot().pods()) {
            DaemonSet owner = loaded.snapshot().daemonSets().stream()
                    .filter(ds -> ds.meta().uid().equals(pod.meta().controllerRef().orElseThrow().uid())).findFirst().orElseThrow();
            if (NodeFit.evaluate(nodes.get(pod.spec().nodeName()), owner).shouldRun()) {
                onShouldRun++;
            } else {
                misplaced++;
            }
        }
        double missing = 1.0 - (double) onShouldRun / shouldRunPairs;
        assertThat(missing).isBetween(0.005, 0.05);
        assertThat(misplaced).isPositive();
    }
}
