package io.dsstudio.simulation;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.fixtures.PendingRollout;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutForecastTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Set<String> UNKNOWN = Set.of("node-017", "node-090", "node-150");

    /** 164 nodes, a DaemonSet at template generation 2 whose pods are all at 1 (an image bump just applied). */
    static Snapshot cluster(Set<String> unknownNodes, String strategy) {
        return PendingRollout.nodes(164, "node-%03d").unknown(unknownNodes).strategy(strategy).snapshot();
    }

    @Test
    void threeUnknownNodesBlockARolloutWithMaxUnavailableOne() {
        List<RolloutForecast.DaemonSetForecast> forecasts = RolloutForecast.of(
                cluster(UNKNOWN, "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}"), NOW, null);
        RolloutForecast.DaemonSetForecast f = forecasts.get(0);
        assertThat(f.key()).isEqualTo("kube-system/agent");
        assertThat(f.outOfDate()).isEqualTo(161);
        assertThat(f.blocked()).isTrue();
        assertThat(f.stallingNodes()).containsExactly("node-017", "node-090", "node-150");
        // the pods on the Unknown nodes are not available, so they are deleted past the budget (allowed
        // replacements) and then stay terminating: every other node waits
        assertThat(f.waves()).singleElement().satisfies(w -> assertThat(w.nodes()).containsExactly("node-017", "node-090", "node-150"));
    }

    @Test
    void withEveryNodeReadyTheRolloutRunsInWavesOfOne() {
        List<RolloutForecast.DaemonSetForecast> forecasts = RolloutForecast.of(
                cluster(Set.of(), "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}"), NOW, null);
        RolloutForecast.DaemonSetForecast f = forecasts.get(0);
        assertThat(f.blocked()).isFalse();
        assertThat(f.stallingNodes()).isEmpty();
        assertThat(f.outOfDate()).isEqualTo(164);
        assertThat(f.waves()).hasSize(164).allSatisfy(w -> assertThat(w.nodes()).hasSize(1));
        assertThat(f.replaced()).isEqualTo(164);
        assertThat(f.podStart()).isEqualTo(Duration.ofSeconds(12));
        assertThat(f.podStartSource()).isEqualTo(RolloutForecast.PodStartSource.SNAPSHOT);
        assertThat(f.estimatedDuration()).isEqualTo(Duration.ofSeconds(164 * 12));
        assertThat(f.after().updatedNumberScheduled()).isEqualTo(164);
    }

    @Test
    void podsReadyTheSecondTheyWereCreatedSayNothingOfTheStartTime() {
        Snapshot recordedAsInstant = new SnapshotLoader().loadText("cluster.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: kube-system, creationTimestamp: "2026-01-01T10:00:00Z"}
                spec: {nodeName: n, containers: [{name: c, image: c:1}]}
                status:
                  phase: Running
                  conditions: [{type: Ready, status: "True", lastTransitionTime: "2026-01-01T10:00:00Z"}]
                """).snapshot();
        assertThat(RolloutForecast.measuredPodStart(recordedAsInstant, cluster(Set.of(), "{type: OnDelete}").daemonSets().get(0)))
                .as("generated snapshots make every pod Ready at its creation: the default applies, not 0 s").isNull();
    }

    @Test
    void aGivenPodStartAndAPercentageBudgetMakeFewerLongerWaves() {
        List<RolloutForecast.DaemonSetForecast> forecasts = RolloutForecast.of(
                cluster(Set.of(), "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 25%}}"), NOW, Duration.ofSeconds(30));
        RolloutForecast.DaemonSetForecast f = forecasts.get(0);
        assertThat(f.waves()).hasSize(4);       // 25 % of 164 rounds up to 41 per wave
        assertThat(f.waves().get(0).nodes()).hasSize(41);
        assertThat(f.podStartSource()).isEqualTo(RolloutForecast.PodStartSource.GIVEN);
        assertThat(f.estimatedDuration()).isEqualTo(Duration.ofMinutes(2));
    }
}
