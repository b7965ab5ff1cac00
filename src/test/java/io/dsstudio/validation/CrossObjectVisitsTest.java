package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-object checks stay linear: together they visit at most 2 × (pods + DaemonSets × distinct pod label
 * sets) objects on a generated snapshot with orphans and pods of other controllers mixed in. Visits are
 * counted, never timed.
 */
class CrossObjectVisitsTest {
    private static Snapshot snapshot;

    @BeforeAll
    static void generate() {
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(300, 30, 7, GeneratorOptions.DEFAULT_TIME));
        Snapshot generated = new SnapshotLoader().loadText("generated.yaml", yaml).snapshot();
        snapshot = withStrayPods(generated, new Random(7));
    }

    /** Every 50th pod also appears as an orphan, and every 70th as a pod of a ReplicaSet, with the same labels. */
    private static Snapshot withStrayPods(Snapshot s, Random random) {
        List<Pod> pods = new ArrayList<>(s.pods());
        OwnerReference replicaSet = new OwnerReference("apps/v1", "ReplicaSet", "web", "uid-web", true);
        for (int i = 0; i < s.pods().size(); i++) {
            Pod pod = s.pods().get(i);
            if (i % 50 == 0) {
                pods.add(random.nextInt(pods.size()), renamed(pod, "orphan-", List.of()));
            }
            if (i % 70 == 0) {
                pods.add(random.nextInt(pods.size()), renamed(pod, "foreign-", List.of(replicaSet)));
            }
        }
        return new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions());
    }

    private static Pod renamed(Pod pod, String prefix, List<OwnerReference> owners) {
        var meta = pod.meta();
        var renamed = new io.dsstudio.domain.ObjectMeta(prefix + meta.name(), meta.namespace(), null, meta.labels(),
                meta.annotations(), owners, meta.creationTimestamp(), null, null);
        return new Pod(renamed, pod.spec(), pod.phase(), pod.conditions());
    }

    @Test
    void crossObjectChecksVisitAtMostTwicePodsPlusDaemonSetsTimesLabelSets() {
        VisitCounter visits = new VisitCounter();
        List<Finding> findings = new SnapshotValidator().warnings(snapshot, visits);

        Set<Map<String, String>> labelSets = new HashSet<>();
        snapshot.pods().forEach(p -> labelSets.add(p.labels()));
        long bound = 2L * (snapshot.pods().size() + (long) snapshot.daemonSets().size() * labelSets.size());
        assertThat(visits.visits()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(findings).extracting(f -> f.diagnostic().code())
                .contains(WillAdoptOrphanCheck.CODE, OwnedByOtherControllerCheck.CODE, HostPortConflictCheck.CODE);
    }

    /** The grouped checks report exactly what comparing every pod with every DaemonSet reports, in that order. */
    @Test
    void groupedChecksReportWhatComparingEveryPairReports() {
        List<String> expected = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            LabelSelector selector = Warnings.usableSelector(ds);
            for (Pod pod : snapshot.pods()) {
                if (selector != null && java.util.Objects.equals(pod.namespace(), ds.meta().namespace())
                        && PodGroups.controllerOf(pod) == null && !pod.isBeingDeleted() && selector.matches(pod.labels())) {
                    expected.add(ds.meta().name() + " " + pod.name());
                }
            }
        }
        List<String> actual = new WillAdoptOrphanCheck().check(snapshot).stream()
                .map(f -> f.ref().name() + " " + podNameIn(f.diagnostic().message())).toList();
        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String podNameIn(String message) {
        String path = message.substring("orphan pod ".length(), message.indexOf(' ', "orphan pod ".length()));
        return path.substring(path.indexOf('/') + 1);
    }
}
