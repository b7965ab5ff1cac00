package io.dsstudio.ui.rollout;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.NodeStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A DaemonSet's rollout forecast in words, as {@code dsstudio diff} gives it: the waves and estimated duration, the
 * nodes that will block it and, for each, what would unblock it. Pure: it reads the forecast and the snapshot.
 */
public final class ForecastText {
    /** Lists name this many nodes; the rest are counted. */
    static final int NAMED_NODES = 5;

    private final Messages messages;

    public ForecastText(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param headline waves and duration, or why there is nothing to forecast
     * @param blocked  who blocks it (empty when nothing does)
     * @param unblock  what would unblock it, one line per advice
     */
    public record Lines(String headline, String blocked, List<String> unblock) {
        public Lines {
            unblock = List.copyOf(unblock);
        }
    }

    public Lines of(RolloutForecast.DaemonSetForecast f, Snapshot snapshot) {
        if (f == null) {
            return new Lines(messages.get("rollout.forecast.notSynced"), "", List.of());
        }
        DaemonSet ds = find(snapshot, f.key());
        boolean nothingToRoll = f.outOfDate() <= 0 && f.waves().isEmpty();
        String headline;
        if (ds != null && ds.updateStrategy() != null && ds.updateStrategy().isOnDelete()) {
            headline = messages.get("rollout.forecast.onDelete", Math.max(0, f.outOfDate()));
        } else if (nothingToRoll && f.after().updatedNumberScheduled() > f.before().updatedNumberScheduled()) {
            // the progress bar counts the pods now; the missing ones the sync creates are not "up to date" yet
            headline = messages.get("rollout.forecast.upToDateWithCreates", f.before().updatedNumberScheduled(),
                    f.after().updatedNumberScheduled() - f.before().updatedNumberScheduled());
        } else if (nothingToRoll) {
            headline = messages.get("rollout.forecast.upToDate", f.after().updatedNumberScheduled());
        } else if (f.waves().isEmpty()) {
            headline = messages.get("rollout.forecast.blockedAtOnce", f.outOfDate());
        } else {
            headline = messages.get(f.blocked() ? "rollout.forecast.wavesUntilBlocked" : "rollout.forecast.waves",
                    f.waves().size(), f.replaced(), duration(f.estimatedDuration()), duration(f.podStart()),
                    messages.get("rollout.podStart." + f.podStartSource().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!f.blocked()) {
            return new Lines(headline, "", List.of());
        }
        if (f.stallingNodes().isEmpty()) {
            return nothingToRoll ? new Lines(headline, "", List.of())
                    : new Lines(headline, messages.get("rollout.forecast.blockedUnavailable"), List.of(messages.get("rollout.unblock.unavailable")));
        }
        List<String> unknown = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        // one pass over the nodes for all stalling ones (a scan per stalling node cost ~3 ms at 10,000 nodes on every
        // change of the shown DaemonSet)
        java.util.Set<String> stalling = new java.util.HashSet<>(f.stallingNodes());
        java.util.Set<String> notReadyNodes = new java.util.HashSet<>();
        for (ClusterNode node : stalling.isEmpty() ? List.<ClusterNode>of() : snapshot.nodes()) {
            if (stalling.contains(node.name()) && NodeFacts.status(node) == NodeStatus.NOT_READY) {
                notReadyNodes.add(node.name());
            }
        }
        for (String node : f.stallingNodes()) {
            (notReadyNodes.contains(node) ? notReady : unknown).add(node);
        }
        List<String> unblock = new ArrayList<>();
        if (!unknown.isEmpty()) {
            unblock.add(messages.get("rollout.unblock.unknown", unknown.size(), names(unknown)));
        }
        if (!notReady.isEmpty()) {
            unblock.add(messages.get("rollout.unblock.notReady", notReady.size(), names(notReady)));
        }
        if (ds != null && !surges(ds.updateStrategy())) {
            IntOrString budget = ds.updateStrategy() == null ? null : ds.updateStrategy().maxUnavailable();
            unblock.add(messages.get("rollout.unblock.budget", budget == null ? "1" : budget.toString(), f.stallingNodes().size()));
        }
        String blocked = messages.get(nothingToRoll ? "rollout.forecast.wouldBlock" : "rollout.forecast.blockedBy",
                f.stallingNodes().size(), names(f.stallingNodes()));
        return new Lines(headline, blocked, unblock);
    }

    /** "a, b, c" or, past {@link #NAMED_NODES}, "a, b, c, d, e and 7 more". */
    private String names(List<String> nodes) {
        if (nodes.size() <= NAMED_NODES) {
            return String.join(", ", nodes);
        }
        return messages.get("rollout.nodes.more", String.join(", ", nodes.subList(0, NAMED_NODES)), nodes.size() - NAMED_NODES);
    }

    private static boolean surges(UpdateStrategy strategy) {
        if (strategy == null || strategy.maxSurge() == null) {
            return false;
        }
        IntOrString surge = strategy.maxSurge();
        return surge.isInt() ? surge.intValue() > 0 : !surge.stringValue().trim().matches("0+%?");
    }

    private static DaemonSet find(Snapshot snapshot, String key) {
        return snapshot.daemonSets().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
    }

    /** "1 h 2 min 3 s", "45 s", "2 h" in the window's language (zero parts left out). */
    String duration(Duration d) {
        long s = d.toSeconds();
        List<String> parts = new ArrayList<>();
        if (s >= 3600) {
            parts.add(messages.get("rollout.duration.hours", s / 3600));
        }
        if (s >= 60 && s % 3600 / 60 != 0) {
            parts.add(messages.get("rollout.duration.minutes", s % 3600 / 60));
        }
        if (s % 60 != 0 || parts.isEmpty()) {
            parts.add(messages.get("rollout.duration.seconds", s % 60));
        }
        return String.join(" ", parts);
    }
}
