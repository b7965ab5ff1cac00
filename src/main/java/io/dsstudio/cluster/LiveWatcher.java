package io.dsstudio.cluster;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.yaml.LoadedSnapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a {@link LiveModel} current with informers (list + watch) on nodes, DaemonSets and their pods. A dropped
 * watch is retried by the informers with backoff; the state (CONNECTED / RECONNECTING / FAILED) is reported
 * to the listener whenever it changes.
 */
public final class LiveWatcher implements AutoCloseable {
    private static final long RESYNC_MILLIS = 0;
    private static final long START_TIMEOUT_SECONDS = 120;
    /** How long connecting waits for the watches to open after the first lists; the health check reports a slower one. */
    private static final long WATCH_OPEN_MILLIS = 5_000;

    private final LiveCluster cluster;
    private final LiveModel model;
    private final Consumer<LiveEvent> events;
    private final ConnectionListener listener;
    private final DomainMapping mapping;
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
    private final ScheduledExecutorService health;
    private ConnectionState reported;

    public LiveWatcher(LiveCluster cluster, LiveModel model, Consumer<LiveEvent> events, ConnectionListener listener) {
        this.cluster = cluster;
        this.model = model;
        this.events = events;
        this.listener = listener;
        this.mapping = new DomainMapping(cluster.client().getKubernetesSerialization());
        this.health = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dsstudio-watch-health");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the informers; returns once their first list arrived and their watches are open (or, after
     * {@link #WATCH_OPEN_MILLIS}, with the watches still opening), or throws a {@link LiveException}. Waiting for
     * the watches makes "connected" mean that changes are followed, and a disconnect right after connecting
     * then closes open watches rather than watches still being opened.
     */
    public void start() {
        var client = cluster.client();
        String scope = cluster.namespaceScope();
        long page = LiveLoader.DEFAULT_PAGE_SIZE;
        try {
            informers.add(watch(client.nodes().withLimit(page).runnableInformer(RESYNC_MILLIS), o -> true));
            informers.add(watch((scope == null ? client.apps().daemonSets().inAnyNamespace()
                    : client.apps().daemonSets().inNamespace(scope)).withLimit(page).runnableInformer(RESYNC_MILLIS), o -> true));
            informers.add(watch((scope == null ? client.pods().inAnyNamespace() : client.pods().inNamespace(scope))
                    .withLimit(page).runnableInformer(RESYNC_MILLIS), this::relevantPod));
            for (SharedIndexInformer<?> informer : informers) {
                informer.start().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_OPEN_MILLIS);
            while (!informers.stream().allMatch(SharedIndexInformer::isWatching) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new LiveException(LiveException.Kind.CONNECTION, "interrupted while starting the watch");
        } catch (ExecutionException e) {
            close();
            throw cluster.errors().translate("starting the watch", e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            close();
            throw cluster.errors().translate("starting the watch", e);
        }
        report(ConnectionState.CONNECTED, null);
        health.scheduleWithFixedDelay(this::checkHealth, 1, 1, TimeUnit.SECONDS);
    }

    private <T extends HasMetadata> SharedIndexInformer<T> watch(SharedIndexInformer<T> informer,
                                                                 java.util.function.Predicate<HasMetadata> relevant) {
        informer.addEventHandler(handler(relevant));
        informer.exceptionHandler((started, failure) -> {
            LiveException live = cluster.errors().translate("watching the cluster", failure);
            WatchRetryPolicy.Decision decision = WatchRetryPolicy.decide(live);
            report(decision.state(), live.getMessage());
            return decision.retry();
        });
        return informer;
    }

    private boolean relevantPod(HasMetadata object) {
        Pod pod = (Pod) object;
        if (LiveLoader.ownedByDaemonSet(pod)) {
            return true;
        }
        Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
        return model.daemonSets().stream().anyMatch(ds -> ds.meta().namespace().equals(pod.getMetadata().getNamespace())
                && ds.selector() != null && !ds.selector().isEmpty() && ds.selector().matches(labels));
    }

    private <T extends HasMetadata> ResourceEventHandler<T> handler(java.util.function.Predicate<HasMetadata> relevant) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                emit(LiveEvent.Type.ADDED, obj, relevant);
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                emit(LiveEvent.Type.MODIFIED, newObj, relevant);
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                emit(LiveEvent.Type.DELETED, obj, relevant);
            }
        };
    }

    private void emit(LiveEvent.Type type, HasMetadata object, java.util.function.Predicate<HasMetadata> relevant) {
        if (!relevant.test(object)) {
            return;
        }
        String namespace = object.getMetadata().getNamespace();
        ObjectRef ref = new ObjectRef(object.getKind(), namespace == null || namespace.isEmpty() ? null : namespace,
                object.getMetadata().getName());
        Object domain = null;
        if (type != LiveEvent.Type.DELETED) {
            LoadedSnapshot mapped = mapping.map("live:" + cluster.context().name(), List.of(object));
            var s = mapped.snapshot();
            domain = !s.nodes().isEmpty() ? s.nodes().get(0) : !s.daemonSets().isEmpty() ? s.daemonSets().get(0)
                    : !s.pods().isEmpty() ? s.pods().get(0) : null;
            if (domain == null) {
                return;
            }
        }
        LiveEvent event = new LiveEvent(type, ref, domain);
        model.apply(event);
        events.accept(event);
    }

    private void checkHealth() {
        boolean allWatching = informers.stream().allMatch(SharedIndexInformer::isWatching);
        boolean anyStopped = informers.stream().anyMatch(i -> !i.isRunning());
        if (anyStopped && reported == ConnectionState.FAILED) {
            return;
        }
        if (allWatching) {
            report(ConnectionState.CONNECTED, null);
        } else if (!anyStopped) {
            report(ConnectionState.RECONNECTING, "the watch dropped; reconnecting");
        }
    }

    private synchronized void report(ConnectionState state, String message) {
        if (state != reported) {
            reported = state;
            listener.stateChanged(state, message);
        }
    }

    public synchronized ConnectionState state() {
        return reported == null ? ConnectionState.CONNECTING : reported;
    }

    @Override
    public void close() {
        health.shutdownNow();
        informers.forEach(SharedIndexInformer::close);
        informers.clear();
    }
}
