package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Toleration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over seeded random clusters (see {@link RandomClusters}). */
class PlannerPropertyTest {
    private static final Instant NOW = Fixtures.T0.plusSeconds(3600);

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluateShouldRunImpliesShouldContinueRunning(long seed) {
        RandomClusters random = new RandomClusters(seed);
        for (int d = 0; d < 10; d++) {
            DaemonSet ds = random.daemonSet("ds").build();
            for (int n = 0; n < 30; n++) {
                NodeVerdict v = NodeFit.evaluate(random.node("n" + n), ds);
                if (v.shouldRun()) {
                    assertThat(v.shouldContinueRunning()).isTrue();
                    assertThat(v.reasons()).isEmpty();
                } else {
                    assertThat(v.reasons()).isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluateNeverLosesPlacementWhenATolerationIsAdded(long seed) {
        RandomClusters random = new RandomClusters(seed);
        for (int d = 0; d < 10; d++) {
            DaemonSet ds = random.daemonSet("ds").build();
            PodSpec spec = ds.template().spec();
            List<Toleration> more = new ArrayList<>(spec.tolerations());
            more.add(random.toleration());
            DaemonSet tolerant = ds.withTemplate(ds.template().withSpec(spec.withTolerations(more)));
            for (int n = 0; n < 30; n++) {
                ClusterNode node = random.node("n" + n);
                NodeVerdict before = NodeFit.evaluate(node, ds);
                NodeVerdict after = NodeFit.evaluate(node, tolerant);
                if (before.shouldRun()) {
                    assertThat(after.shouldRun()).isTrue();
                }
                if (before.shouldContinueRunning()) {
                    assertThat(after.shouldContinueRunning()).isTrue();
                }
                assertThat(after.reasons().size()).isLessThanOrEqualTo(before.reasons().size());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void verdictFromCacheEqualsFreshEvaluation(long seed) {
        RandomClusters random = new RandomClusters(seed);
        DaemonSet ds = random.daemonSet("ds").build();
        NodeFit cached = NodeFit.forDaemonSet(ds);
        for (int n = 0; n < 60; n++) {
            ClusterNode node = random.node("n" + (n % 7));
            assertThat(cached.verdict(node)).isEqualTo(NodeFit.evaluate(node, ds));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void placementVerdictsEqualFreshEvaluationPerNode(long seed) {
        RandomClusters random = new RandomClusters(seed);
        Snapshot snapshot = random.snapshot(40, 8, 0);
        NodeIndex index = new NodeIndex(snapshot.nodes());
        for (DaemonSet ds : snapshot.daemonSets()) {
            List<NodeVerdict> shared = PlacementVerdicts.of(NodeFit.forDaemonSet(ds), index);
            for (int i = 0; i < index.size(); i++) {
                assertThat(shared.get(i)).isEqualTo(NodeFit.evaluate(index.node(i), ds));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void planIsTheSameForAnyInputOrder(long seed) {
        Snapshot snapshot = new RandomClusters(seed).snapshot(12, 5, 15);
        Plan expected = new Planner().plan(snapshot, NOW);
        Random shuffler = new Random(seed * 31);
        for (int round = 0; round < 3; round++) {
            List<ClusterNode> nodes = new ArrayList<>(snapshot.nodes());
            List<DaemonSet> daemonSets = new ArrayList<>(snapshot.daemonSets());
            List<io.dsstudio.domain.Pod> pods = new ArrayList<>(snapshot.pods());
            Collections.shuffle(nodes, shuffler);
            Collections.shuffle(daemonSets, shuffler);
            Collections.shuffle(pods, shuffler);
            Plan shuffled = new Planner().plan(new Snapshot(nodes, daemonSets, pods, List.of()), NOW);
            assertThat(shuffled).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void planStatusStaysConsistent(long seed) {
        Plan plan = new Planner().plan(new RandomClusters(seed).snapshot(15, 6, 20), NOW);
        for (DaemonSetPlan p : plan.daemonSets()) {
            StatusCounts s = p.status();
            assertThat(s.desiredNumberScheduled()).isEqualTo((int) p.nodes().stream().filter(NodeVerdict::shouldRun).count());
            assertThat(s.currentNumberScheduled()).isLessThanOrEqualTo(s.desiredNumberScheduled());
            assertThat(s.numberAvailable()).isLessThanOrEqualTo(s.numberReady());
            assertThat(s.numberReady()).isLessThanOrEqualTo(s.currentNumberScheduled());
            assertThat(s.updatedNumberScheduled()).isLessThanOrEqualTo(s.currentNumberScheduled());
            assertThat(s.numberUnavailable()).isEqualTo(s.desiredNumberScheduled() - s.numberAvailable());
            for (PlannedAction a : p.actions()) {
                if (a.type() == ActionType.CREATE) {
                    assertThat(a.pod()).isNull();
                    assertThat(a.cause()).isNull();
                } else {
                    assertThat(a.pod()).isNotNull();
                    assertThat(a.cause()).isNotNull();
                }
            }
            assertThat(p.actions()).isSortedAccordingTo(DaemonSetSync.ACTION_ORDER);
        }
    }
}
