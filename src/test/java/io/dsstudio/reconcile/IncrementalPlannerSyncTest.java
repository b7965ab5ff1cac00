package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a staged edit's controller sync asks of the incremental planner, on seeded random clusters: the pods after a
 * sync (a few deleted, replaced in place or appended) and a later clock. Each re-plans only what it changes: the plan
 * equals a full plan, and the rows the change cannot touch are the same objects as before.
 */
class IncrementalPlannerSyncTest {
    private static final Instant NOW = Fixtures.T0.plusSeconds(3600);

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDiffOfTwoPodListsIsWhatOneHasAndTheOtherNot(long seed) {
        Random random = new Random(seed);
        List<Pod> before = new ArrayList<>();
        for (int i = 0; i < 200 + random.nextInt(200); i++) {
            before.add(Fixtures.aPod("p-" + i).build());
        }
        List<Pod> after = new ArrayList<>(before);
        boolean reordered = syncLike(after, random, seed);

        PodListDiff diff = PodListDiff.of(before, after);

        Map<Pod, Integer> count = new IdentityHashMap<>();
        before.forEach(p -> count.merge(p, 1, Integer::sum));
        diff.removed().forEach(p -> count.merge(p, -1, Integer::sum));
        diff.added().forEach(p -> count.merge(p, 1, Integer::sum));
        Map<Pod, Integer> expected = new IdentityHashMap<>();
        after.forEach(p -> expected.merge(p, 1, Integer::sum));
        count.values().removeIf(n -> n == 0);
        assertThat(count).as("before - removed + added = after").isEqualTo(expected);
        if (!reordered) {
            assertThat(identities(diff.removed())).as("removed").isEqualTo(identities(minus(before, after)));
            assertThat(identities(diff.added())).as("added").isEqualTo(identities(minus(after, before)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSyncsPodsReplanOnlyTheDaemonSetsThatClaimThem(long seed) {
        RandomClusters clusters = new RandomClusters(seed);
        Snapshot snapshot = clusters.snapshot(14, 6, 10);
        Random random = new Random(seed);
        IncrementalPlanner planner = new IncrementalPlanner(snapshot, NOW);
        Plan before = planner.plan();
        List<Pod> pods = new ArrayList<>(snapshot.pods());
        List<Pod> gone = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0 && !pods.isEmpty(); n--) {
            gone.add(pods.remove(random.nextInt(pods.size())));
        }
        Snapshot synced = new Snapshot(snapshot.nodes(), snapshot.daemonSets(), pods, snapshot.revisions());

        IncrementalPlanner after = planner.withPods(pods);

        assertThat(after.plan()).isEqualTo(new Planner().plan(synced, NOW));
        for (DaemonSetPlan row : after.plan().daemonSets()) {
            DaemonSet ds = snapshot.daemonSets().stream().filter(d -> d.key().equals(row.key())).findFirst().orElseThrow();
            boolean reads = gone.stream().anyMatch(p -> PodIndex.groupOf(p).isReadBy(ds));
            if (!reads) {
                assertThat(row).as("%s claims none of the pods the sync changed", row.key())
                        .isSameAs(before.find(row.namespace(), row.name()));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLaterClockReplansOnlyTheDaemonSetsWithMinReadySeconds(long seed) {
        RandomClusters clusters = new RandomClusters(seed);
        Snapshot random = clusters.snapshot(12, 6, 12);
        Random r = new Random(seed);
        List<DaemonSet> daemonSets = new ArrayList<>();
        for (DaemonSet ds : random.daemonSets()) {
            int[] choices = {0, 0, 10, 300, 7200};
            daemonSets.add(ds.withMinReadySeconds(choices[r.nextInt(choices.length)]));
        }
        Snapshot snapshot = new Snapshot(random.nodes(), daemonSets, random.pods(), random.revisions());
        IncrementalPlanner planner = new IncrementalPlanner(snapshot, NOW);
        Plan before = planner.plan();
        Instant later = NOW.plusSeconds(1 + r.nextInt(10_000));

        Plan after = planner.at(later).plan();

        assertThat(after).isEqualTo(new Planner().plan(snapshot, later));
        for (DaemonSetPlan row : after.daemonSets()) {
            DaemonSet ds = daemonSets.stream().filter(d -> d.key().equals(row.key())).findFirst().orElseThrow();
            if (ds.minReadySeconds() == 0) {
                assertThat(row).as("%s: availability does not wait, the clock changes nothing", row.key())
                        .isSameAs(before.find(row.namespace(), row.name()));
            }
        }
    }

    /** Changes {@code pods} as a sync does (or, sometimes, reorders it); true when reordered. */
    private static boolean syncLike(List<Pod> pods, Random random, long seed) {
        int fresh = 0;
        for (int n = random.nextInt(12); n > 0 && !pods.isEmpty(); n--) {
            int at = random.nextInt(pods.size());
            switch (random.nextInt(4)) {
                case 0 -> pods.set(at, Fixtures.aPod("replaced-" + seed + "-" + fresh++).build());
                case 1 -> {
                    int run = 1 + random.nextInt(Math.min(40, pods.size() - at));
                    pods.subList(at, at + run).clear();  // deleted in a row, sometimes more than the walk looks ahead
                }
                default -> pods.remove(at);
            }
        }
        for (int n = random.nextInt(6); n > 0; n--) {
            pods.add(Fixtures.aPod("created-" + seed + "-" + fresh++).build());
        }
        if (random.nextInt(5) == 0 && pods.size() > 2) {
            Collections.swap(pods, random.nextInt(pods.size()), random.nextInt(pods.size()));
            return true;
        }
        return false;
    }

    private static List<Pod> minus(List<Pod> from, List<Pod> without) {
        Map<Pod, Boolean> drop = new IdentityHashMap<>();
        without.forEach(p -> drop.put(p, true));
        return from.stream().filter(p -> !drop.containsKey(p)).toList();
    }

    private static List<Integer> identities(List<Pod> pods) {
        return pods.stream().map(System::identityHashCode).sorted().toList();
    }
}
