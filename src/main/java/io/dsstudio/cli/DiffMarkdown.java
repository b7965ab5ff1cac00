package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.simulation.ChangeImpact;
import io.dsstudio.simulation.RolloutForecast;

import java.util.List;

/**
 * {@code diff -o markdown}: a pull-request comment — a summary table, then the details of each DaemonSet folded
 * in {@code <details>} — kept under GitHub's 65,536-character comment limit: details are cut first (and the
 * comment says so), then summary rows.
 */
final class DiffMarkdown {
    /** GitHub's limit on the body of an issue or pull-request comment. */
    static final int GITHUB_COMMENT_LIMIT = 65_536;

    private final int limit;

    DiffMarkdown() {
        this(GITHUB_COMMENT_LIMIT);
    }

    DiffMarkdown(int limit) {
        this.limit = limit;
    }

    String render(List<ChangeImpact.DaemonSetImpact> impacts, List<Diagnostic> newWarnings, List<Diagnostic> newErrors) {
        List<ChangeImpact.DaemonSetImpact> changed = impacts.stream().filter(ChangeImpact.DaemonSetImpact::changesPods).toList();
        StringBuilder head = new StringBuilder("### DaemonSet Studio: what this change does\n\n");
        if (changed.isEmpty()) {
            head.append("No pod is created, deleted or replaced.\n");
        } else {
            head.append(changed.size()).append(" of ").append(impacts.size()).append(" DaemonSet(s) change pods.\n\n");
            head.append("| DaemonSet | Created | Deleted | Replaced | Waves | Estimated | Stalled by |\n");
            head.append("|---|---:|---:|---:|---:|---|---|\n");
        }
        StringBuilder notes = new StringBuilder();
        if (!newErrors.isEmpty() || !newWarnings.isEmpty()) {
            notes.append("\n**New diagnostics:** ").append(newErrors.size()).append(" error(s), ")
                    .append(newWarnings.size()).append(" warning(s)\n\n");
            for (Diagnostic d : newErrors) {
                notes.append("- :x: ").append(escape(DiagnosticJson.line(d))).append('\n');
            }
            for (Diagnostic d : newWarnings) {
                notes.append("- :warning: ").append(escape(DiagnosticJson.line(d))).append('\n');
            }
        }
        StringBuilder rows = new StringBuilder();
        int rowsLeftOut = 0;
        String reserve = cutNote(999_999, 999_999);
        for (ChangeImpact.DaemonSetImpact i : changed) {
            String row = row(i);
            if (head.length() + rows.length() + row.length() + notes.length() + reserve.length() >= limit) {
                rowsLeftOut++;
            } else {
                rows.append(row);
            }
        }
        StringBuilder details = new StringBuilder();
        int detailsLeftOut = 0;
        for (ChangeImpact.DaemonSetImpact i : changed) {
            String detail = details(i);
            if (rowsLeftOut > 0 || head.length() + rows.length() + details.length() + detail.length() + notes.length()
                    + reserve.length() >= limit) {
                detailsLeftOut++;
            } else {
                details.append(detail);
            }
        }
        StringBuilder out = new StringBuilder(head).append(rows);
        if (!changed.isEmpty()) {
            out.append('\n');
        }
        out.append(details);
        if (detailsLeftOut > 0 || rowsLeftOut > 0) {
            out.append(cutNote(rowsLeftOut, detailsLeftOut));
        }
        out.append(notes);
        return out.toString();
    }

    private static String cutNote(int rowsLeftOut, int detailsLeftOut) {
        return "\n_" + (rowsLeftOut > 0 ? rowsLeftOut + " summary row(s) and the details of " : "The details of ")
                + detailsLeftOut + " DaemonSet(s) left out to stay under GitHub's 65,536-character comment limit; "
                + "run `dsstudio diff -o text` for all of them._\n";
    }

    private static String row(ChangeImpact.DaemonSetImpact i) {
        RolloutForecast.DaemonSetForecast f = i.forecast();
        int waves = f == null ? 0 : f.waves().size();
        String estimate = f == null || waves == 0 ? "—" : (f.blocked() ? "blocked after " : "") + DiffReport.duration(f.estimatedDuration());
        String stalled = f == null || f.stallingNodes().isEmpty() ? "—" : shortList(f.stallingNodes(), 3);
        return "| `" + i.key() + "` | " + i.gained().size() + " | " + i.lost().size() + " | " + i.replaced().size() + " | "
                + waves + " | " + estimate + " | " + stalled + " |\n";
    }

    private static String details(ChangeImpact.DaemonSetImpact i) {
        StringBuilder d = new StringBuilder("<details><summary><code>").append(i.key()).append("</code></summary>\n\n");
        if (!i.gained().isEmpty()) {
            d.append("- **Nodes gaining a pod (").append(i.gained().size()).append("):** ").append(shortList(i.gained(), 50)).append('\n');
        }
        if (!i.lost().isEmpty()) {
            d.append("- **Nodes losing their pod (").append(i.lost().size()).append("):**\n");
            int shown = 0;
            for (ChangeImpact.LostNode l : i.lost()) {
                if (shown++ == 50) {
                    d.append("  - … and ").append(i.lost().size() - 50).append(" more\n");
                    break;
                }
                d.append("  - `").append(l.node()).append('`')
                        .append(l.reasons().isEmpty() ? "" : ": " + String.join(", ", l.reasons())).append('\n');
            }
        }
        if (!i.replaced().isEmpty()) {
            d.append("- **Pods replaced by the rollout:** ").append(i.replaced().size());
            RolloutForecast.DaemonSetForecast f = i.forecast();
            if (f != null && !f.waves().isEmpty()) {
                d.append(" in ").append(f.waves().size()).append(" wave(s)");
            }
            d.append('\n');
        }
        RolloutForecast.DaemonSetForecast f = i.forecast();
        if (f != null && (!f.waves().isEmpty() || f.blocked())) {
            d.append("- **Rollout:** ").append(f.strategy()).append(", ").append(f.waves().size()).append(" wave(s), about ")
                    .append(DiffReport.duration(f.estimatedDuration())).append(" (").append(DiffReport.duration(f.podStart()))
                    .append(" per pod, ").append(podStartSource(f.podStartSource())).append(")\n");
            if (f.blocked()) {
                d.append("- **Blocked:** ").append(f.stallingNodes().isEmpty() ? "pods cannot become available"
                        : "stalled by NotReady/Unknown node(s) " + shortList(f.stallingNodes(), 20)).append('\n');
            }
        }
        d.append("- **Status before:** ").append(DiffReport.statusLine(i.statusBefore())).append('\n');
        d.append("- **Status after convergence:** ").append(DiffReport.statusLine(i.statusAfter())).append("\n\n</details>\n");
        return d.toString();
    }

    static String podStartSource(RolloutForecast.PodStartSource source) {
        return switch (source) {
            case GIVEN -> "from --pod-start";
            case SNAPSHOT -> "from the snapshot's Ready times";
            case DEFAULT -> "default: the snapshot has no Ready times";
        };
    }

    private static String shortList(List<String> items, int max) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < items.size() && k < max; k++) {
            out.append(k == 0 ? "" : ", ").append('`').append(items.get(k)).append('`');
        }
        if (items.size() > max) {
            out.append(" … and ").append(items.size() - max).append(" more");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }
}
