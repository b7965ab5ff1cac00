package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one sync's planned actions to a snapshot, as the embedded cluster's response: deletes remove the
 * pod, creates add a pod made from the template, bound to its node and assumed started (Running, Ready).
 * Pod names are {@code <daemonset>-<5 chars>}, derived from the DaemonSet's uid and the node so a replay
 * gives the same names.
 */
public final class ControllerSync {
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    public Snapshot apply(Snapshot snapshot, Plan plan, Instant now) {
        Set<String> deleted = new HashSet<>();
        List<Pod> created = new ArrayList<>();
        Set<String> names = new HashSet<>();
        snapshot.pods().forEach(p -> names.add(p.meta().namespace() + "/" + p.name()));
        for (DaemonSetPlan dsPlan : plan.daemonSets()) {
            DaemonSet ds = find(snapshot, dsPlan);
            for (PlannedAction action : dsPlan.actions()) {
                if (action.type() == ActionType.DELETE) {
                    deleted.add(dsPlan.namespace() + "/" + action.pod());
                } else if (ds != null) {
                    Pod pod = newPod(ds, action.node(), names, now);
                    names.add(ds.meta().namespace() + "/" + pod.name());
                    created.add(pod);
                }
            }
        }
        List<Pod> pods = new ArrayList<>();
        for (Pod pod : snapshot.pods()) {
            if (!deleted.contains(pod.meta().namespace() + "/" + pod.name())) {
                pods.add(pod);
            }
        }
        pods.addAll(created);
        return new Snapshot(snapshot.nodes(), snapshot.daemonSets(), pods, snapshot.revisions());
    }

    private static DaemonSet find(Snapshot snapshot, DaemonSetPlan plan) {
        return snapshot.daemonSets().stream()
                .filter(d -> plan.namespace().equals(d.meta().namespace()) && plan.name().equals(d.meta().name()))
                .findFirst().orElse(null);
    }

    static Pod newPod(DaemonSet ds, String node, Set<String> taken, Instant now) {
        String name;
        int attempt = 0;
        do {
            name = ds.meta().name() + "-" + suffix(ds.meta().uid() + "/" + node + "/" + attempt++);
        } while (taken.contains(ds.meta().namespace() + "/" + name));
        Map<String, String> labels = new LinkedHashMap<>(ds.template().labels());
        Long generation = ds.generation();
        if (generation != null) {
            labels.put(Pod.TEMPLATE_GENERATION_LABEL, generation.toString());
        }
        OwnerReference owner = new OwnerReference("apps/v1", DaemonSet.KIND, ds.meta().name(), ds.meta().uid(), true);
        ObjectMeta meta = new ObjectMeta(name, ds.meta().namespace(), suffix("uid/" + name) + "-" + suffix(node + name),
                labels, ds.template().annotations(), List.of(owner), now, null, null);
        return new Pod(meta, ds.template().spec().withNodeName(node), "Running",
                List.of(new PodCondition("Ready", "True", now)));
    }

    static String suffix(String seed) {
        byte[] digest = sha1(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            out.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return out.toString();
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
