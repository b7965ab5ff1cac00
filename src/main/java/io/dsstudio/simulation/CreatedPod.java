package io.dsstudio.simulation;

import io.dsstudio.domain.Pod;
import io.dsstudio.yaml.NewObject;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A pod the simulation created: the record the reconciler reads, and what it takes to write it. That is kept
 * compact (the revision's shared {@link DaemonPodTemplate}, the node, when it started), and the pod's tree or
 * text is made only when it is written: a rollout creates tens of thousands of pods.
 */
public final class CreatedPod implements NewObject {
    private final Pod pod;
    private final DaemonPodTemplate template;
    private final String node;
    /** When the kubelet started it (Running and Ready since); null while Pending. */
    private final Instant startedAt;
    /** The whole tree, for the rare pod whose tree was changed after creation (ownership); else null. */
    private final Map<String, Object> changedTree;

    private CreatedPod(Pod pod, DaemonPodTemplate template, String node, Instant startedAt, Map<String, Object> changedTree) {
        this.pod = pod;
        this.template = template;
        this.node = node;
        this.startedAt = startedAt;
        this.changedTree = changedTree;
    }

    /** A pod just created for {@code node}: Pending, not yet bound. */
    static CreatedPod pending(Pod pod, DaemonPodTemplate template, String node) {
        return new CreatedPod(pod, template, node, null, null);
    }

    public Pod pod() {
        return pod;
    }

    public String key() {
        return pod.meta().namespace() + "/" + pod.meta().name();
    }

    /** The node the pod was made for (its pinned affinity). */
    String node() {
        return node;
    }

    /** What the pods of its DaemonSet revision share. */
    DaemonPodTemplate template() {
        return template;
    }

    /** The same pod as another record (terminating, say); what is written stays as it was. */
    CreatedPod withPod(Pod changed) {
        return new CreatedPod(changed, template, node, startedAt, changedTree);
    }

    /** Bound by the scheduler and started by the kubelet at {@code now}. */
    CreatedPod started(Pod running, Instant now) {
        Map<String, Object> tree = changedTree == null ? null : DaemonPodFactory.startedTree(changedTree, node, now);
        return new CreatedPod(running, template, node, now, tree);
    }

    /** The pod as another record whose tree is changed by {@code edit} (ownership written onto it). */
    CreatedPod withTree(Pod changed, UnaryOperator<Map<String, Object>> edit) {
        return new CreatedPod(changed, template, node, startedAt, edit.apply(tree()));
    }

    /** The whole pod as written, built anew on each call. */
    @Override
    public Map<String, Object> tree() {
        if (changedTree != null) {
            return changedTree;
        }
        return template.tree(pod.meta().name(), pod.meta().uid(), pod.meta().creationTimestamp().toString(), node,
                startedAt == null ? null : startedAt.toString());
    }

    @Override
    public void appendYaml(String newline, StringBuilder out) {
        if (changedTree != null || !template.appendYaml(newline, out, pod.meta().name(), pod.meta().uid(),
                pod.meta().creationTimestamp().toString(), node, startedAt == null ? null : startedAt.toString())) {
            template.countRenderedWhole();
            NewObject.super.appendYaml(newline, out);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof CreatedPod other) || !pod.equals(other.pod) || !node.equals(other.node)
                || !Objects.equals(startedAt, other.startedAt)) {
            return false;
        }
        return changedTree == null && other.changedTree == null ? template.equals(other.template) : tree().equals(other.tree());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pod, node, startedAt);
    }

    @Override
    public String toString() {
        return "CreatedPod[" + key() + " on " + node + (startedAt == null ? ", Pending" : ", started " + startedAt) + "]";
    }
}
