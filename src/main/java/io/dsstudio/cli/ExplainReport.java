package io.dsstudio.cli;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.reconcile.PlacementChecklist;
import io.dsstudio.reconcile.QuickFix;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code explain}'s output of one {@link PlacementChecklist}, as text or as the JSON tree. */
final class ExplainReport {
    private ExplainReport() {
    }

    /**
     * {@code checks} keeps its historical shape (rule, passed, detail; upstream's checks only); {@code checklist}
     * holds every row, the affinity terms, merged default tolerations and node state included.
     */
    static Map<String, Object> json(PlacementChecklist list) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("daemonSet", list.daemonSet());
        report.put("node", list.node());
        report.put("shouldRun", list.shouldRun());
        report.put("shouldContinueRunning", list.shouldContinueRunning());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (ChecklistRow row : list.checks()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("rule", row.rule());
            check.put("passed", row.passed());
            check.put("detail", row.detail());
            checks.add(check);
        }
        report.put("checks", checks);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChecklistRow row : list.rows()) {
            rows.add(row(row));
        }
        report.put("checklist", rows);
        return report;
    }

    private static Map<String, Object> row(ChecklistRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", row.rule());
        out.put("status", row.status().name().toLowerCase(Locale.ROOT));
        if (row.term() >= 0) {
            out.put("term", row.term());
        }
        out.put("daemonSetValue", row.daemonSetValue());
        out.put("nodeValue", row.nodeValue());
        out.put("detail", row.detail());
        List<Map<String, Object>> fixes = new ArrayList<>();
        for (QuickFix fix : row.fixes()) {
            Map<String, Object> f = new LinkedHashMap<>();
            if (fix instanceof QuickFix.AddNodeLabel add) {
                f.put("fix", "addNodeLabel");
                f.put("key", add.key());
                f.put("value", add.value());
            } else if (fix instanceof QuickFix.RemoveNodeTaint remove) {
                f.put("fix", "removeNodeTaint");
                f.put("taint", remove.taint().toString());
            } else if (fix instanceof QuickFix.TolerateTaint tolerate) {
                f.put("fix", "tolerateTaint");
                f.put("taint", tolerate.taint().toString());
            }
            fixes.add(f);
        }
        out.put("fixes", fixes);
        return out;
    }

    static void text(PlacementChecklist list, PrintWriter out) {
        out.println("DaemonSet " + list.daemonSet() + " on node " + list.node() + ": shouldRun=" + list.shouldRun()
                + ", shouldContinueRunning=" + list.shouldContinueRunning());
        String section = "";
        for (ChecklistRow row : list.rows()) {
            if (!row.isCheck() && !row.rule().equals(ChecklistRow.AFFINITY_TERM) && !row.rule().equals(section)) {
                section = row.rule();
                out.println(section.equals(ChecklistRow.DEFAULT_TOLERATION)
                        ? "  default daemon tolerations merged into the pod:" : "  node state (not checked by the controller):");
            }
            String mark = switch (row.status()) {
                case PASS -> "pass";
                case FAIL -> "FAIL";
                case INFO -> "    ";
            };
            if (row.isCheck()) {
                out.println("  " + mark + "  " + row.rule() + ": " + row.detail());
            } else if (row.rule().equals(ChecklistRow.AFFINITY_TERM)) {
                out.println("  " + mark + "    term " + row.term() + ": " + row.daemonSetValue() + "; node: " + row.nodeValue());
            } else if (row.rule().equals(ChecklistRow.DEFAULT_TOLERATION)) {
                out.println("  " + mark + "    " + row.daemonSetValue() + "; node: " + row.nodeValue() + "; " + row.detail());
            } else {
                out.println("  " + mark + "    " + row.nodeValue() + ": " + row.detail());
            }
            for (QuickFix fix : row.fixes()) {
                out.println("          fix: " + describe(fix, list.node()));
            }
        }
    }

    static String describe(QuickFix fix, String node) {
        if (fix instanceof QuickFix.AddNodeLabel add) {
            return "kubectl label node " + node + " " + add.key() + "=" + add.value() + " --overwrite";
        }
        if (fix instanceof QuickFix.RemoveNodeTaint remove) {
            return "kubectl taint node " + node + " " + remove.taint().key() + ":" + remove.taint().effect() + "-";
        }
        return "tolerate " + ((QuickFix.TolerateTaint) fix).taint() + " in the DaemonSet's pod template";
    }
}
