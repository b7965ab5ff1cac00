package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.UpdateStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every edit of a random edit sequence on a seeded random cluster, {@link IncrementalPlanner#plan()}
 * equals a full {@link Planner#plan} of the same snapshot, kept here independently of the planner.
 */
class IncrementalPlannerPropertyTest {
    private static final Instant NOW = Fixtures.T0.plusSeconds(3600);
    private static final String[] KEYS = {"zone", "os", "gpu", "cores", "pool"};
    private static final String[][] VALUES = {{"a", "b", "c"}, {"linux", "windows"}, {"true", ""}, {"2", "8", "x"}, {"general", "infra"}};
    private static final String[] TAINT_KEYS = {"gpu", "dedicated", "node.kubernetes.io/unreachable", "maintenance"};
    private static final String[] EFFECTS = {"NoSchedule", "NoExecute", "PreferNoSchedule"};
    private static final int EDITS = 40;

    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    /** The snapshot as the test edits it, beside the planner. */
    private static final class Model {
        final List<ClusterNode> nodes;
        final List<DaemonSet> daemonSets;
        final List<Pod> pods;
        Instant now = NOW;

        Model(Snapshot s) {
            nodes = new ArrayList<>(s.nodes());
            daemonSets = new ArrayList<>(s.daemonSets());
            pods = new ArrayList<>(s.pods());
        }

        Snapshot snapshot() {
            return new Snapshot(nodes, daemonSets, pods, List.of());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void planAfterEveryEditEqualsFullPlan(long seed) {
        RandomClusters clusters = new RandomClusters(seed);
        editAndCompare(seed, clusters, new Model(clusters.snapshot(12, 6, 12)));
    }

    /** Converged clusters (a pod on every node that should run it, none elsewhere) hit the rolling-update steps. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void planOfConvergedClusterAfterEveryEditEqualsFullPlan(long seed) {
        RandomClusters clusters = new RandomClusters(seed);
        editAndCompare(seed, clusters, new Model(converged(clusters, new Random(seed), 16, 6)));
    }

    private static Snapshot converged(RandomClusters clusters, Random random, int nodeCount, int daemonSetCount) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(clusters.node("node-" + i));
        }
        List<DaemonSet> daemonSets = new ArrayList<>();
        List<Pod> pods = new ArrayList<>();
        for (int d = 0; d < daemonSetCount; d++) {
            DaemonSet ds = clusters.daemonSet("ds-" + d).namespace(random.nextBoolean() ? "default" : "kube-system").build();
            daemonSets.add(ds);
            for (ClusterNode node : nodes) {
                NodeVerdict v = NodeFit.evaluate(node, ds);
                if (v.shouldRun() || v.shouldContinueRunning() && random.nextBoolean()) {
                    PodBuilder pod = Fixtures.aPod(ds.meta().name() + "-" + node.name()).of(ds).on(node.name())
                            .generation(1 + random.nextInt(2)).created(Fixtures.T0.plusSeconds(random.nextInt(100)));
                    pods.add((random.nextInt(6) == 0 ? pod.ready(NOW.minusSeconds(1)) : pod.ready(Fixtures.T0)).build());
                }
            }
        }
        return new Snapshot(nodes, daemonSets, pods, List.of());
    }

    private static void editAndCompare(long seed, RandomClusters clusters, Model model) {
        Random random = new Random(seed * 7919);
        List<Pod> spare = new ArrayList<>(renamed(new RandomClusters(seed + 1000).snapshot(13, 8, 6).pods(), "extra-"));
        IncrementalPlanner planner = new IncrementalPlanner(model.snapshot(), NOW);
        assertThat(planner.plan()).isEqualTo(new Planner().plan(model.snapshot(), NOW));
        List<String> log = new ArrayList<>();
        for (int step = 0; step < EDITS; step++) {
            Plan before = planner.plan();
            IncrementalPlanner previous = planner;
            String edit;
            if (model.nodes.isEmpty() && random.nextBoolean()) {
                ClusterNode added = clusters.node("node-new-" + step);
                model.nodes.add(added);
                planner = planner.withNodeAdded(added);
                edit = "add " + added.name();
            } else {
                int kind = random.nextInt(14);
                edit = kind + ": " + (kind < 7 && !model.nodes.isEmpty()
                        ? editNode(kind, model, random, clusters, step)
                        : editOther(kind, model, random, clusters, spare, step));
                planner = apply(planner, model, edit);
            }
            log.add(edit);
            assertThat(planner.plan()).as("after %s", log).isEqualTo(new Planner().plan(model.snapshot(), model.now));
            assertThat(previous.plan()).as("the planner before an edit is unchanged").isSameAs(before);
        }
    }

    /** The edit the model records is replayed on the planner from the model's state. */
    private static IncrementalPlanner apply(IncrementalPlanner planner, Model model, String edit) {
        if (edit.contains("node ")) {
            String name = edit.substring(edit.indexOf("node ") + 5);
            ClusterNode node = model.nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
            if (edit.contains("remove node")) {
                return planner.withoutNode(name);
            }
            if (edit.contains("add node")) {
                return planner.withNodeAdded(node);
            }
            return planner.withNode(node);
        }
        if (edit.contains("ds ")) {
            String key = edit.substring(edit.indexOf("ds ") + 3);
            String namespace = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            if (edit.contains("remove ds")) {
                return planner.withoutDaemonSet(namespace, name);
            }
            return planner.withDaemonSet(model.daemonSets.stream()
                    .filter(d -> d.meta().namespace().equals(namespace) && d.meta().name().equals(name)).findFirst().orElseThrow());
        }
        if (edit.contains("pods")) {
            return planner.withPods(model.pods);
        }
        return planner.at(model.now);
    }

    private static String editNode(int kind, Model model, Random random, RandomClusters clusters, int step) {
        int i = random.nextInt(model.nodes.size());
        ClusterNode node = model.nodes.get(i);
        Map<String, String> labels = new LinkedHashMap<>(node.labels());
        List<Taint> taints = new ArrayList<>(node.taints());
        ClusterNode changed;
        switch (kind) {
            case 0, 1 -> {
                int k = random.nextInt(KEYS.length);
                labels.put(KEYS[k], VALUES[k][random.nextInt(VALUES[k].length)]);
                changed = node.withMeta(node.meta().withLabels(labels));
            }
            case 2 -> {
                labels.remove(KEYS[random.nextInt(KEYS.length)]);
                changed = node.withMeta(node.meta().withLabels(labels));
            }
            case 3 -> {
                taints.add(Taint.of(TAINT_KEYS[random.nextInt(TAINT_KEYS.length)], random.nextBoolean() ? "" : "true",
                        EFFECTS[random.nextInt(EFFECTS.length)]));
                changed = node.withTaints(taints);
            }
            case 4 -> {
                if (!taints.isEmpty()) {
                    taints.remove(random.nextInt(taints.size()));
                }
                changed = node.withTaints(taints);
            }
            case 5 -> {
                boolean cordon = !node.unschedulable();
                Taint unschedulable = Taint.of("node.kubernetes.io/unschedulable", "", "NoSchedule");
                if (cordon) {
                    taints.add(unschedulable);
                } else {
                    taints.remove(unschedulable);
                }
                changed = node.withUnschedulable(cordon).withTaints(taints);
            }
            default -> {
                if (random.nextBoolean()) {
                    model.nodes.remove(i);
                    return "remove node " + node.name();
                }
                ClusterNode added = clusters.node("node-" + (random.nextBoolean() ? model.nodes.size() + 1 : "x" + step));
                if (model.nodes.stream().anyMatch(n -> n.name().equals(added.name()))) {
                    return editNode(0, model, random, clusters, step);
                }
                model.nodes.add(random.nextInt(model.nodes.size() + 1), added);
                return "add node " + added.name();
            }
        }
        model.nodes.set(i, changed);
        return "edit node " + node.name();
    }

    private static String editOther(int kind, Model model, Random random, RandomClusters clusters, List<Pod> spare, int step) {
        if (kind >= 12) {
            if (kind == 12 && !spare.isEmpty()) {
                for (int n = 1 + random.nextInt(3); n > 0 && !spare.isEmpty(); n--) {
                    model.pods.add(random.nextInt(model.pods.size() + 1), spare.remove(random.nextInt(spare.size())));
                }
            } else {
                for (int n = 1 + random.nextInt(3); n > 0 && !model.pods.isEmpty(); n--) {
                    model.pods.remove(random.nextInt(model.pods.size()));
                }
            }
            return "pods";
        }
        if (kind == 11) {
            model.now = model.now.plusSeconds(random.nextInt(5000));
            return "clock";
        }
        if (model.daemonSets.isEmpty() || kind == 10) {
            DaemonSet added = clusters.daemonSet("ds-" + random.nextInt(10))
                    .namespace(random.nextBoolean() ? "default" : "kube-system").build();
            int at = indexOf(model, added);
            if (at >= 0) {
                model.daemonSets.set(at, added);
            } else {
                model.daemonSets.add(added);
            }
            return "add ds " + added.key();
        }
        int i = random.nextInt(model.daemonSets.size());
        DaemonSet ds = model.daemonSets.get(i);
        DaemonSet changed = switch (kind) {
            case 7 -> {     // a new template, with its generation bumped as the API server does
                DaemonSet fresh = clusters.daemonSet(ds.meta().name()).namespace(ds.meta().namespace()).build();
                long generation = ds.generation() == null ? 2 : ds.generation() + 1;
                Map<String, String> annotations = new LinkedHashMap<>(ds.meta().annotations());
                annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(generation));
                yield ds.withTemplate(fresh.template()).withMeta(ds.meta().withAnnotations(annotations));
            }
            case 8 -> ds.withSelector(random.nextBoolean() ? LabelSelector.ofLabels(Map.of("app", "drifted"))
                    : LabelSelector.ofLabels(ds.template().labels()));
            default -> {
                if (kind == 9 && random.nextBoolean()) {
                    model.daemonSets.remove(i);
                    yield null;
                }
                yield ds.withUpdateStrategy(switch (random.nextInt(4)) {
                    case 0 -> UpdateStrategy.rollingUpdate(IntOrString.of(random.nextInt(3)), IntOrString.of(0));
                    case 1 -> UpdateStrategy.rollingUpdate(IntOrString.of(0), IntOrString.of((1 + random.nextInt(4)) * 25 + "%"));
                    case 2 -> UpdateStrategy.rollingUpdate(IntOrString.of("50%"), IntOrString.of(0));
                    default -> new UpdateStrategy(UpdateStrategy.ON_DELETE, null, null);
                });
            }
        };
        if (changed == null) {
            return "remove ds " + ds.key();
        }
        model.daemonSets.set(i, changed);
        return "edit ds " + ds.key();
    }

    private static int indexOf(Model model, DaemonSet ds) {
        for (int i = 0; i < model.daemonSets.size(); i++) {
            if (model.daemonSets.get(i).key().equals(ds.key())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Pod> renamed(List<Pod> pods, String prefix) {
        List<Pod> out = new ArrayList<>();
        for (Pod p : pods) {
            ObjectMeta m = p.meta();
            out.add(new Pod(new ObjectMeta(prefix + m.name(), m.namespace(), m.uid(), m.labels(), m.annotations(),
                    m.ownerReferences(), m.creationTimestamp(), m.deletionTimestamp(), m.generation()), p.spec(), p.phase(), p.conditions()));
        }
        return out;
    }
}
