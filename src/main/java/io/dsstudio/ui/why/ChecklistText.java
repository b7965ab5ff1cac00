package io.dsstudio.ui.why;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.reconcile.QuickFix;
import io.dsstudio.ui.common.Messages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checklist in the user's language: rule names, a sentence per outcome, and the few words the checklist puts
 * among the values (labels, taints and tolerations themselves are data and stay as written).
 */
final class ChecklistText {
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "(unset)", "why.value.unset", "(none)", "why.value.none", "(absent)", "why.value.absent",
            "(no such taint)", "why.value.noSuchTaint", "no matching toleration", "why.value.noToleration",
            "(effect not considered)", "why.value.effectIgnored", "(not checked by the DaemonSet controller)", "why.value.notChecked",
            "(empty term)", "why.value.emptyTerm", "matches no term", "why.value.noTerm", "(not reported)", "why.value.notReported");
    private static final Pattern TERMS = Pattern.compile("(\\d+) terms? \\(ORed\\)");
    private static final Pattern MATCHING = Pattern.compile("matches term (.+)");

    private final Messages messages;

    ChecklistText(Messages messages) {
        this.messages = messages;
    }

    String mark(ChecklistRow row) {
        return switch (row.status()) {
            case PASS -> "\u2713";
            case FAIL -> "\u2717";
            case INFO -> "\u2139";
        };
    }

    String rule(ChecklistRow row) {
        String name = messages.get("why.rule." + row.rule());
        return row.term() >= 0 ? name + " " + row.term() : name;
    }

    String value(String raw) {
        String out = raw;
        for (Map.Entry<String, String> e : PLACEHOLDERS.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), messages.get(e.getValue()));
            }
        }
        Matcher terms = TERMS.matcher(out);
        if (terms.matches()) {
            return messages.get("why.value.terms", Integer.parseInt(terms.group(1)));
        }
        Matcher matching = MATCHING.matcher(out);
        return matching.matches() ? messages.get("why.value.matchesTerm", matching.group(1)) : out;
    }

    /** One sentence for the row's outcome. */
    String explanation(ChecklistRow row) {
        String status = row.status().name().toLowerCase(java.util.Locale.ROOT);
        return switch (row.rule()) {
            case ChecklistRow.TAINT -> "(none)".equals(row.nodeValue()) ? messages.get("why.explain.Taints.pass")
                    : row.daemonSetValue().equals("(effect not considered)") ? messages.get("why.explain.Taint.ignored")
                    : row.passed() ? messages.get("why.explain.Taint.pass")
                    : messages.get(row.nodeValue().endsWith(":NoExecute") ? "why.explain.Taint.failNoExecute" : "why.explain.Taint.failNoSchedule");
            case ChecklistRow.DEFAULT_TOLERATION -> messages.get(row.nodeValue().equals("(no such taint)")
                    ? "why.explain.DefaultToleration.unused" : "why.explain.DefaultToleration.used");
            case ChecklistRow.NODE_STATE -> row.nodeValue().startsWith("Ready=")
                    ? messages.get("why.explain.ready." + row.nodeValue().substring("Ready=".length()).replaceAll("[^A-Za-z]", ""))
                    : messages.get("why.explain.cordon." + row.nodeValue().substring("unschedulable=".length()));
            default -> messages.get("why.explain." + row.rule() + "." + status);
        };
    }

    /**
     * The row's detail in the user's language: both sides' values in full (the narrow columns cut them), and for a
     * default toleration whether it replaced the template's own. {@code explain} prints the reconciler's English
     * detail; the panel says the same from the row's values.
     */
    String detail(ChecklistRow row) {
        String sides = messages.get("why.detail.sides", value(row.daemonSetValue()), value(row.nodeValue()));
        if (ChecklistRow.DEFAULT_TOLERATION.equals(row.rule()) && row.detail() != null && row.detail().startsWith(ChecklistRow.REPLACES_TEMPLATE_TOLERATION)) {
            return sides + "\n" + messages.get("why.detail.replacesToleration");
        }
        return sides;
    }

    String fix(QuickFix fix, String node, String daemonSet) {
        if (fix instanceof QuickFix.AddNodeLabel add) {
            return messages.get("why.fix.addLabel", add.key() + "=" + add.value(), node);
        }
        if (fix instanceof QuickFix.RemoveNodeTaint remove) {
            return messages.get("why.fix.removeTaint", remove.taint().toString(), node);
        }
        return messages.get("why.fix.tolerate", ((QuickFix.TolerateTaint) fix).taint().toString(), daemonSet);
    }
}
