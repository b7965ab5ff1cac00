package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.fixtures.PendingRollout;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast in words: waves and duration, who blocks the rollout, grouped advice, long lists cut short. */
class ForecastTextTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private final ForecastText english = new ForecastText(new Messages(Locale.ENGLISH));

    /** Nodes node-01…node-NN with the given Ready statuses (default True); agent at generation 2, its pods at 1. */
    static Snapshot cluster(int nodes, Map<String, String> ready, String strategy) {
        return PendingRollout.nodes(nodes, "node-%02d").ready(ready).strategy(strategy).podStartSeconds(65).snapshot();
    }

    private ForecastText.Lines lines(Snapshot snapshot) {
        return english.of(RolloutForecast.of(snapshot, NOW, null).get(0), snapshot);
    }

    @Test
    void aHealthyRolloutGivesWavesAndADurationAndNothingElse() {
        ForecastText.Lines lines = lines(cluster(6, Map.of(), "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 2}}"));
        assertThat(lines.headline()).isEqualTo("3 waves replacing 6 pods, about 3 min 15 s (1 min 5 s per pod, measured in the snapshot).");
        assertThat(lines.blocked()).isEmpty();
        assertThat(lines.unblock()).isEmpty();
    }

    @Test
    void aDaemonSetWithNothingToRollButPodsToCreateSaysBothCounts() {
        Snapshot snapshot = new SnapshotLoader().loadText("cluster.yaml", PendingRollout.nodes(2, "node-%02d").yaml()
                .replace("generation: 2", "generation: 1").replace("template.generation: \"2\"", "template.generation: \"1\"")
                .replace("image: \"agent:2\"", "image: \"agent:1\"")
                .replaceFirst("(?s)apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent-node-02.*?---\n", "")).snapshot();
        assertThat(lines(snapshot).headline())
                .isEqualTo("Nothing to roll out: its 1 pod runs the current template; the 1 missing pod is created at it.");
    }

    @Test
    void downNodesAreNamedFiveAtMostAndTheAdviceIsGroupedByStatus() {
        Map<String, String> down = Map.of("node-02", "Unknown", "node-03", "Unknown", "node-04", "Unknown", "node-05", "Unknown",
                "node-06", "Unknown", "node-07", "Unknown", "node-09", "False");
        ForecastText.Lines lines = lines(cluster(12, down, "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}"));
        assertThat(lines.blocked()).isEqualTo("Blocked by 7 nodes: node-02, node-03, node-04, node-05, node-06 and 2 more");
        assertThat(lines.unblock()).containsExactly(
                "Unknown nodes node-02, node-03, node-04, node-05, node-06 and 1 more: bring them back, delete their Node objects "
                        + "(their pods are then garbage-collected) or force-delete their terminating pods.",
                "NotReady node node-09: make it Ready again, delete its Node object or force-delete its terminating pod.",
                "Or raise maxUnavailable (now 1) above 7 so the other nodes roll on meanwhile.");
    }

    @Test
    void aSurgingRolloutGetsNoAdviceAboutMaxUnavailable() {
        ForecastText.Lines lines = lines(cluster(4, Map.of("node-02", "Unknown"),
                "{type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}"));
        assertThat(lines.unblock()).noneMatch(l -> l.contains("maxUnavailable"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0 s
            45   | 45 s
            60   | 1 min
            3725 | 1 h 2 min 5 s
            7200 | 2 h
            3605 | 1 h 5 s
            """)
    void durationsReadInHoursMinutesAndSeconds(long seconds, String expected) {
        assertThat(english.duration(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
