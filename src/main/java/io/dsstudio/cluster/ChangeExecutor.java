package io.dsstudio.cluster;

import io.dsstudio.domain.Taint;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends one {@link LiveChange} to the API server, as a dry run or for real. Failures are thrown as the client threw them. */
final class ChangeExecutor {
    static final String FIELD_MANAGER = "daemonset-studio";

    private final KubernetesClient client;
    private final KubernetesSerialization serialization;

    ChangeExecutor(KubernetesClient client) {
        this.client = client;
        this.serialization = client.getKubernetesSerialization();
    }

    void execute(LiveChange change, boolean dryRun, boolean force) {
        if (change instanceof LiveChange.NodeLabels labels) {
            patchNode(labels.node(), labelPatch(labels), dryRun);
        } else if (change instanceof LiveChange.NodeScheduling scheduling) {
            patchNode(scheduling.node(), schedulingPatch(scheduling), dryRun);
        } else if (change instanceof LiveChange.ApplyDaemonSet apply) {
            serverSideApply(apply, dryRun, force);
        } else {
            delete((LiveChange.DeleteDaemonSet) change, dryRun);
        }
    }

    private void patchNode(String node, String body, boolean dryRun) {
        // a resource with a name-only item: patching through withName() would GET the node first
        Node stub = new NodeBuilder().withNewMetadata().withName(node).endMetadata().build();
        client.nodes().resource(stub).dryRun(dryRun).patch(PatchContext.of(PatchType.JSON_MERGE), body);
    }

    String labelPatch(LiveChange.NodeLabels change) {
        Map<String, Object> labels = new LinkedHashMap<>(change.set());
        change.remove().forEach(k -> labels.put(k, null));
        return serialization.asJson(Map.of("metadata", Map.of("labels", labels)));
    }

    String schedulingPatch(LiveChange.NodeScheduling change) {
        List<Map<String, Object>> taints = new ArrayList<>();
        for (Taint t : change.taints()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", t.key());
            if (!t.value().isEmpty()) {
                one.put("value", t.value());
            }
            one.put("effect", t.effect());
            taints.add(one);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("taints", taints.isEmpty() ? null : taints);
        if (change.unschedulable() != null) {
            spec.put("unschedulable", change.unschedulable() ? Boolean.TRUE : null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (change.resourceVersion() != null && !change.resourceVersion().isBlank()) {
            body.put("metadata", Map.of("resourceVersion", change.resourceVersion()));
        }
        body.put("spec", spec);
        return serialization.asJson(body);
    }

    private void serverSideApply(LiveChange.ApplyDaemonSet change, boolean dryRun, boolean force) {
        DaemonSet ds = serialization.unmarshal(change.manifestJson(), DaemonSet.class);
        ds.getMetadata().setNamespace(change.namespace());
        ds.getMetadata().setManagedFields(null);
        ds.getMetadata().setResourceVersion(null);
        ds.setStatus(null);
        var resource = client.apps().daemonSets().inNamespace(change.namespace()).resource(ds);
        var applicable = (dryRun ? resource.dryRun() : resource).fieldManager(FIELD_MANAGER);
        (force ? applicable.forceConflicts() : applicable).serverSideApply();
    }

    private void delete(LiveChange.DeleteDaemonSet change, boolean dryRun) {
        List<StatusDetails> deleted = client.apps().daemonSets().inNamespace(change.namespace()).withName(change.name())
                .dryRun(dryRun)
                .withPropagationPolicy(change.cascade() ? DeletionPropagation.BACKGROUND : DeletionPropagation.ORPHAN)
                .delete();
        if (deleted.isEmpty()) {
            throw new LiveException(LiveException.Kind.NOT_FOUND, change.ref() + " does not exist");
        }
    }
}
