package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plan [-o table|json|yaml] [--now T] PATH...}: one controller sync of every DaemonSet, with reasons. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what the DaemonSet controller would do: status, per-node verdicts with reasons, creates and deletes.")
final class PlanCommand implements Callable<Integer> {
    enum Format { table, json, yaml }

    @Option(names = {"-o", "--output"}, defaultValue = "table", description = "table, json or yaml (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--now", paramLabel = "RFC3339", description = "The clock for minReadySeconds, e.g. 2026-01-01T12:00:00Z (default: now).")
    String now;

    @Mixin
    InputOptions input;

    @Mixin
    LiveOptions live;

    private final Output output;

    PlanCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        Instant clock = parseNow(now);
        return SnapshotSource.with(live, input, output, (loaded, session) -> report(new PlanInput(loaded, input.positions()), clock));
    }

    private int report(PlanInput in, Instant clock) {
        Plan plan = new Planner().plan(in.plannable, clock);
        List<Diagnostic> warnings = new ArrayList<>(in.warnings);
        plan.warnings().forEach(w -> warnings.add(in.locate(w)));
        if (format == Format.table) {
            new PlanTable(output.out(), in.plannable).print(plan);
            List<Diagnostic> all = new ArrayList<>(warnings);
            all.addAll(in.errors);
            all.sort(Diagnostic.ORDER);
            if (!all.isEmpty()) {
                output.out().println();
                all.forEach(d -> output.out().println(DiagnosticJson.line(d)));
            }
        } else {
            output.write(format == Format.json, g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("daemonSets");
                for (DaemonSetPlan p : plan.daemonSets()) {
                    PlanJson.write(g, p, true);
                }
                g.writeEndArray();
                g.writeObjectField("warnings", DiagnosticJson.trees(warnings));
                g.writeObjectField("errors", DiagnosticJson.trees(in.errors));
                g.writeObjectField("ignored", DiagnosticJson.ignored(in.loaded.ignored()));
                g.writeEndObject();
            });
        }
        in.printErrors(output);
        return in.errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    static Instant parseNow(String text) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--now must be an RFC 3339 time such as 2026-01-01T12:00:00Z, not \"" + text + "\"");
        }
    }
}
