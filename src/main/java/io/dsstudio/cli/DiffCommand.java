package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ChangeImpact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code diff --base SNAPSHOT... MANIFESTS... [-o text|json|yaml|markdown]}: what laying the manifests over the
 * snapshot does, per DaemonSet, once the controller has converged. Exit codes as {@code kubectl diff}: 0 no pod
 * changes, 1 pods are created, deleted or replaced, 2 any failure.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed manifests do to a snapshot: nodes that gain or lose a pod (and why), pods replaced "
                + "and in how many waves, nodes that stall the rollout, its estimated duration, status before and after. "
                + "Exit 0: no pod changes; 1: pods change; 2: failure.")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, yaml, markdown }

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text, json, yaml or markdown (a pull-request "
            + "comment) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--now", paramLabel = "RFC3339", description = "The clock for minReadySeconds (default: now).")
    String now;

    @Option(names = "--pod-start", paramLabel = "DURATION", description = "Time from creating a pod to Ready, e.g. 30s or 1m30s "
            + "(default: the median of the snapshot's Ready times).")
    String podStart;

    @Mixin
    InputOptions input;

    private final Output output;

    DiffCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try {
            return diff();
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            output.err().println("error: unexpected failure: " + e);
            return ExitCodes.DIFF_FAILURE;
        }
    }

    private int diff() {
        if (input.bases().isEmpty()) {
            throw new UsageException("diff needs the snapshot the manifests change: --base PATH");
        }
        Instant clock = PlanCommand.parseNow(now);
        Duration perPod = parseDuration(podStart);
        PlanInput after = new PlanInput(input.load(), input.positions());
        PlanInput before = new PlanInput(input.loadBase());
        List<ChangeImpact.DaemonSetImpact> impacts = ChangeImpact.of(before.plannable, after.plannable, clock, perPod);
        Set<String> known = new LinkedHashSet<>();
        diagnostics(before, clock).forEach(d -> known.add(identity(d)));
        List<Diagnostic> newWarnings = new ArrayList<>();
        List<Diagnostic> newErrors = new ArrayList<>();
        for (Diagnostic d : diagnostics(after, clock)) {
            if (!known.contains(identity(d))) {
                (d.isError() ? newErrors : newWarnings).add(d);
            }
        }
        switch (format) {
            case text -> DiffText.print(output.out(), impacts, newWarnings, newErrors);
            case markdown -> output.out().print(new DiffMarkdown().render(impacts, newWarnings, newErrors));
            case json -> output.json(DiffReport.tree(impacts, newWarnings, newErrors));
            case yaml -> output.yaml(DiffReport.tree(impacts, newWarnings, newErrors));
        }
        if (!before.errors.isEmpty() || !after.errors.isEmpty()) {
            before.printErrors(output);
            after.printErrors(output);
            output.err().println("error: the input has errors (objects with errors are left out of the comparison)");
            return ExitCodes.DIFF_FAILURE;
        }
        return impacts.stream().anyMatch(ChangeImpact.DaemonSetImpact::changesPods) ? ExitCodes.DIFF_CHANGES : ExitCodes.DIFF_NO_CHANGE;
    }

    private static List<Diagnostic> diagnostics(PlanInput in, Instant clock) {
        List<Diagnostic> all = new ArrayList<>(in.errors);
        all.addAll(in.warnings);
        new Planner().plan(in.plannable, clock).warnings().forEach(w -> all.add(in.locate(w)));
        all.sort(Diagnostic.ORDER);
        return all;
    }

    /** A diagnostic without its position, which moves when the manifests change around it. */
    private static String identity(Diagnostic d) {
        return d.severity() + "|" + d.code() + "|" + d.object() + "|" + d.field() + "|" + d.message();
    }

    static Duration parseDuration(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (text.isBlank() || !m.matches()) {
            throw new UsageException("--pod-start must be a duration such as 30s, 2m or 1m30s, not \"" + text + "\"");
        }
        long seconds = 0;
        if (m.group(1) != null) {
            seconds += Long.parseLong(m.group(1)) * 3600;
        }
        if (m.group(2) != null) {
            seconds += Long.parseLong(m.group(2)) * 60;
        }
        if (m.group(3) != null) {
            seconds += Long.parseLong(m.group(3));
        }
        return Duration.ofSeconds(seconds);
    }
}
