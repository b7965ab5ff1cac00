package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.simulation.ChangeImpact;
import io.dsstudio.simulation.RolloutForecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code diff} report as a tree (JSON and YAML output, and what the text and markdown forms read). */
final class DiffReport {
    private DiffReport() {
    }

    static Map<String, Object> tree(List<ChangeImpact.DaemonSetImpact> impacts, List<Diagnostic> newWarnings,
                                    List<Diagnostic> newErrors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("changed", impacts.stream().anyMatch(ChangeImpact.DaemonSetImpact::changesPods));
        List<Map<String, Object>> daemonSets = new ArrayList<>();
        for (ChangeImpact.DaemonSetImpact i : impacts) {
            daemonSets.add(daemonSet(i));
        }
        out.put("daemonSets", daemonSets);
        out.put("newWarnings", DiagnosticJson.trees(newWarnings));
        out.put("newErrors", DiagnosticJson.trees(newErrors));
        return out;
    }

    static Map<String, Object> daemonSet(ChangeImpact.DaemonSetImpact i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("namespace", i.namespace());
        m.put("name", i.name());
        m.put("changed", i.changesPods());
        m.put("podsCreated", i.gained().size());
        m.put("podsDeleted", i.lost().size());
        m.put("podsReplaced", i.replaced().size());
        m.put("nodesGaining", i.gained());
        List<Map<String, Object>> lost = new ArrayList<>();
        for (ChangeImpact.LostNode l : i.lost()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("node", l.node());
            n.put("reasons", l.reasons());
            lost.add(n);
        }
        m.put("nodesLosing", lost);
        m.put("nodesReplaced", i.replaced());
        RolloutForecast.DaemonSetForecast f = i.forecast();
        if (f != null) {
            Map<String, Object> rollout = new LinkedHashMap<>();
            rollout.put("strategy", f.strategy());
            rollout.put("waves", f.waves().size());
            rollout.put("blocked", f.blocked());
            rollout.put("stallingNodes", f.stallingNodes());
            rollout.put("podStartSeconds", f.podStart().toMillis() / 1000.0);
            rollout.put("podStartSource", f.podStartSource().name().toLowerCase(java.util.Locale.ROOT));
            rollout.put("estimatedSeconds", f.estimatedDuration().toSeconds());
            List<Map<String, Object>> waves = new ArrayList<>();
            for (RolloutForecast.Wave w : f.waves()) {
                Map<String, Object> wave = new LinkedHashMap<>();
                wave.put("sync", w.sync());
                wave.put("nodes", w.nodes());
                waves.add(wave);
            }
            rollout.put("waveNodes", waves);
            m.put("rollout", rollout);
        }
        m.put("statusBefore", status(i.statusBefore()));
        m.put("statusAfter", status(i.statusAfter()));
        return m;
    }

    static Map<String, Object> status(StatusCounts s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("desiredNumberScheduled", s.desiredNumberScheduled());
        m.put("currentNumberScheduled", s.currentNumberScheduled());
        m.put("numberMisscheduled", s.numberMisscheduled());
        m.put("numberReady", s.numberReady());
        m.put("updatedNumberScheduled", s.updatedNumberScheduled());
        m.put("numberAvailable", s.numberAvailable());
        m.put("numberUnavailable", s.numberUnavailable());
        return m;
    }

    /** "1h 2m 3s", "45s", "0s". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        StringBuilder out = new StringBuilder();
        if (s >= 3600) {
            out.append(s / 3600).append("h ");
        }
        if (s >= 60) {
            out.append(s % 3600 / 60).append("m ");
        }
        out.append(s % 60).append('s');
        return out.toString();
    }

    /** "desired 3, current 3, ready 3, updated 1, available 3" or "—". */
    static String statusLine(StatusCounts s) {
        if (s == null) {
            return "—";
        }
        return "desired " + s.desiredNumberScheduled() + ", current " + s.currentNumberScheduled() + ", ready "
                + s.numberReady() + ", updated " + s.updatedNumberScheduled() + ", available " + s.numberAvailable()
                + (s.numberMisscheduled() > 0 ? ", misscheduled " + s.numberMisscheduled() : "");
    }
}
