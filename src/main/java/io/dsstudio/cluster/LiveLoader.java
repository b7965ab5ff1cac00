package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.LoadedSnapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads nodes, DaemonSets, their ControllerRevisions and their pods with paginated lists ({@code limit} and
 * {@code continue}), so clusters with 5,000 nodes and 100,000 pods load page by page without one huge
 * response. Each page is mapped to the domain as it arrives.
 */
public final class LiveLoader {
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final LiveCluster cluster;
    private final int pageSize;
    private final DomainMapping mapping;

    public LiveLoader(LiveCluster cluster) {
        this(cluster, DEFAULT_PAGE_SIZE);
    }

    public LiveLoader(LiveCluster cluster, int pageSize) {
        this.cluster = cluster;
        this.pageSize = pageSize;
        this.mapping = new DomainMapping(cluster.client().getKubernetesSerialization());
    }

    public LiveState load(LoadProgress progress) {
        var client = cluster.client();
        String scope = cluster.namespaceScope();
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<Node> nodes = pages("Node", "listing nodes", o -> client.nodes().list(o), progress);
        List<ClusterNode> domainNodes = mapAll(nodes, diagnostics).snapshot().nodes();

        List<DaemonSet> daemonSets = pages("DaemonSet", "listing DaemonSets", o -> scope == null
                ? client.apps().daemonSets().inAnyNamespace().list(o)
                : client.apps().daemonSets().inNamespace(scope).list(o), progress);
        List<io.dsstudio.domain.DaemonSet> domainDaemonSets = mapAll(daemonSets, diagnostics).snapshot().daemonSets();

        List<ControllerRevision> revisions = pages("ControllerRevision", "listing ControllerRevisions", o -> scope == null
                ? client.apps().controllerRevisions().inAnyNamespace().list(o)
                : client.apps().controllerRevisions().inNamespace(scope).list(o), progress).stream()
                .filter(LiveLoader::ownedByDaemonSet).toList();
        List<io.dsstudio.domain.ControllerRevision> domainRevisions = mapAll(revisions, diagnostics).snapshot().revisions();

        PodFilter podFilter = new PodFilter(domainDaemonSets);
        List<Pod> pods = new ArrayList<>();
        List<io.dsstudio.domain.Pod> domainPods = new ArrayList<>();
        pages("Pod", "listing pods", o -> scope == null
                ? client.pods().inAnyNamespace().list(o)
                : client.pods().inNamespace(scope).list(o), (List<Pod> page) -> {
            List<Pod> kept = page.stream().filter(podFilter::keep).map(LiveTrim::trim).toList();
            pods.addAll(kept);
            domainPods.addAll(mapAll(kept, diagnostics).snapshot().pods());
        }, progress);

        Snapshot snapshot = new Snapshot(domainNodes, domainDaemonSets, domainPods, domainRevisions);
        return new LiveState(nodes, daemonSets, revisions, pods, snapshot, diagnostics);
    }

    private LoadedSnapshot mapAll(List<? extends HasMetadata> objects, List<Diagnostic> diagnostics) {
        LoadedSnapshot loaded = mapping.map("live:" + cluster.context().name(), objects);
        diagnostics.addAll(loaded.diagnostics());
        return loaded;
    }

    private <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> pages(
            String kind, String doing, Function<ListOptions, L> list, LoadProgress progress) {
        List<T> all = new ArrayList<>();
        pages(kind, doing, list, all::addAll, progress);
        return all;
    }

    /** Lists page by page, handing each page to {@code sink} (which may keep only part of it). */
    private <T extends HasMetadata, L extends KubernetesResourceList<T>> void pages(
            String kind, String doing, Function<ListOptions, L> list, Consumer<List<T>> sink, LoadProgress progress) {
        String token = null;
        int received = 0;
        do {
            ListOptions options = new ListOptionsBuilder().withLimit((long) pageSize).withContinue(token).build();
            L page;
            try {
                page = list.apply(options);
            } catch (RuntimeException e) {
                throw cluster.errors().translate(doing, e);
            }
            List<T> items = page.getItems() == null ? List.of() : page.getItems();
            sink.accept(items);
            received += items.size();
            token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            progress.progress(kind, received, token == null || token.isEmpty());
        } while (token != null && !token.isEmpty());
    }

    static boolean ownedByDaemonSet(HasMetadata object) {
        List<OwnerReference> owners = object.getMetadata().getOwnerReferences();
        return owners != null && owners.stream().anyMatch(o -> "DaemonSet".equals(o.getKind()));
    }

    /** Keeps pods a DaemonSet owns, or that a DaemonSet's selector matches in its namespace (orphans it may adopt). */
    private static final class PodFilter {
        private final Map<String, List<io.dsstudio.domain.DaemonSet>> byNamespace = new HashMap<>();

        PodFilter(List<io.dsstudio.domain.DaemonSet> daemonSets) {
            for (var ds : daemonSets) {
                byNamespace.computeIfAbsent(ds.meta().namespace(), k -> new ArrayList<>()).add(ds);
            }
        }

        boolean keep(Pod pod) {
            if (ownedByDaemonSet(pod)) {
                return true;
            }
            List<io.dsstudio.domain.DaemonSet> candidates = byNamespace.get(pod.getMetadata().getNamespace());
            if (candidates == null) {
                return false;
            }
            Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
            return candidates.stream().anyMatch(ds -> ds.selector() != null && !ds.selector().isEmpty()
                    && ds.selector().matches(labels));
        }
    }
}
