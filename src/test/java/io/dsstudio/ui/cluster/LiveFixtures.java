package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.simulation.GeneratorOptions;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Test helpers: kubeconfigs pointing at the mock server, a generated cluster, and an FX dispatcher the test thread pumps. */
final class LiveFixtures {
    static final String TOKEN = "kube-token-0123456789abcdef";

    private LiveFixtures() {
    }

    /** A kubeconfig whose current context "mock" points at the mock server; "staging" points nowhere. */
    static Path kubeconfig(Path dir, String server) throws IOException {
        return kubeconfig(dir, server, "mock");
    }

    static Path kubeconfig(Path dir, String server, String current) throws IOException {
        Path file = dir.resolve("config");
        Files.createDirectories(dir);
        Files.writeString(file, "apiVersion: v1\nkind: Config\ncurrent-context: " + current + "\n"
                + "clusters:\n- name: mock-cluster\n  cluster:\n    server: " + server + "\n    insecure-skip-tls-verify: true\n"
                + "- name: staging-cluster\n  cluster:\n    server: https://127.0.0.1:1\n"
                + "contexts:\n- name: mock\n  context:\n    cluster: mock-cluster\n    user: admin\n"
                + "- name: staging\n  context:\n    cluster: staging-cluster\n    user: admin\n    namespace: ops\n"
                + "users:\n- name: admin\n  user:\n    token: " + TOKEN + "\n");
        return file;
    }

    /** The live view model of a test: kubeconfig under {@code userHome}/.kube, the app's home under studio/. */
    static LiveViewModel liveModel(Path userHome, StudioState state, Messages messages, QueueDispatcher fx) {
        ConnectionService service = new ConnectionService(Map.of("DSSTUDIO_HOME", userHome.resolve("studio").toString()),
                userHome.toString());
        return new LiveViewModel(service, state, messages, fx, Duration.ofMillis(20));
    }

    /** Apply and its convergence watch, planning with the embedded planner on the test thread. */
    static LiveApplyViewModel applyModel(LiveViewModel live, Messages messages) {
        Planner planner = new Planner();
        return new LiveApplyViewModel(live, new ConvergenceWatch(s -> planner.plan(s, TestStudio.CLOCK.instant()), messages,
                TaskRunner.sameThread(), Duration.ZERO, Duration.ofMillis(10)));
    }

    static void createGenerated(KubernetesClient client, int nodes, int daemonSets, long seed) {
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(nodes, daemonSets, seed, GeneratorOptions.DEFAULT_TIME));
        Object parsed = client.getKubernetesSerialization().unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(o -> objects.add((HasMetadata) o));
        } else {
            objects.add((HasMetadata) parsed);
        }
        objects.forEach(o -> client.resource(o).create());
    }

    /** Stands in for Platform::runLater: work queued by other threads runs on the test thread in {@link #pumpUntil}. */
    static final class QueueDispatcher implements Executor {
        private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void pump() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }

        void pumpUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            pump();
            while (!condition.getAsBoolean()) {
                Runnable next = queue.poll(50, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
                if (System.nanoTime() > deadline) {
                    fail("condition not met within " + timeout);
                }
            }
        }
    }
}
