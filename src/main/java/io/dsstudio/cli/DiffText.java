package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.simulation.ChangeImpact;
import io.dsstudio.simulation.RolloutForecast;

import java.io.PrintWriter;
import java.util.List;

/** {@code diff -o text}: per DaemonSet whose pods change, what happens, then the new diagnostics. */
final class DiffText {
    private DiffText() {
    }

    static void print(PrintWriter out, List<ChangeImpact.DaemonSetImpact> impacts, List<Diagnostic> newWarnings,
                      List<Diagnostic> newErrors) {
        List<ChangeImpact.DaemonSetImpact> changed = impacts.stream().filter(ChangeImpact.DaemonSetImpact::changesPods).toList();
        if (changed.isEmpty()) {
            out.println("no pod is created, deleted or replaced");
        }
        for (ChangeImpact.DaemonSetImpact i : changed) {
            out.println(i.key() + ": " + i.gained().size() + " created, " + i.lost().size() + " deleted, "
                    + i.replaced().size() + " replaced");
            if (!i.gained().isEmpty()) {
                out.println("  + " + String.join(" ", i.gained()));
            }
            for (ChangeImpact.LostNode l : i.lost()) {
                out.println("  - " + l.node() + (l.reasons().isEmpty() ? "" : "  " + String.join(", ", l.reasons())));
            }
            RolloutForecast.DaemonSetForecast f = i.forecast();
            if (f != null && (!f.waves().isEmpty() || f.blocked())) {
                out.println("  rollout: " + f.waves().size() + " wave(s), about " + DiffReport.duration(f.estimatedDuration())
                        + " (" + DiffReport.duration(f.podStart()) + " per pod, " + DiffMarkdown.podStartSource(f.podStartSource()) + ")"
                        + (f.blocked() ? "; BLOCKED" + (f.stallingNodes().isEmpty() ? "" : " by " + String.join(", ", f.stallingNodes())) : ""));
            }
            out.println("  status before: " + DiffReport.statusLine(i.statusBefore()));
            out.println("  status after:  " + DiffReport.statusLine(i.statusAfter()));
        }
        if (!newErrors.isEmpty() || !newWarnings.isEmpty()) {
            out.println();
            newErrors.forEach(d -> out.println(DiagnosticJson.line(d)));
            newWarnings.forEach(d -> out.println(DiagnosticJson.line(d)));
        }
    }
}
