package io.dsstudio.cli;

import io.dsstudio.cluster.LiveCluster;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.cluster.ServerDryRun;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.yaml.LoadedSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code validate [-o text|json] [--live ...] PATH...}: every diagnostic of the input, as the API server would judge
 * it; with {@code --live}, the cluster's API server also judges each object in a server-side dry run.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check manifests: syntax, types and the API server's DaemonSet validation, plus warnings. "
                + "With --live, also a server-side dry run of every object on the cluster.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, yaml }

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text, json or yaml (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    InputOptions input;

    @Mixin
    LiveOptions live;

    private final Output output;

    ValidateCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        live.checkUsage();
        LoadedSnapshot loaded = input.load();
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(new SnapshotValidator().validate(loaded));
        if (live.live()) {
            all.addAll(serverDryRun(loaded));
        }
        all.sort(Diagnostic.ORDER);
        List<Diagnostic> errors = all.stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> warnings = all.stream().filter(d -> !d.isError()).toList();
        if (format != Format.text) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", errors.isEmpty());
            report.put("errors", DiagnosticJson.trees(errors));
            report.put("warnings", DiagnosticJson.trees(warnings));
            report.put("ignored", DiagnosticJson.ignored(loaded.ignored()));
            if (format == Format.json) {
                output.json(report);
            } else {
                output.yaml(report);
            }
        } else {
            all.forEach(d -> output.out().println(DiagnosticJson.line(d)));
            if (!loaded.ignored().isEmpty()) {
                output.out().println(ignoredSummary(loaded.ignored().size()));
            }
        }
        errors.forEach(d -> output.err().println(DiagnosticJson.line(d)));
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** One line for the objects of kinds the tool does not model (listed one by one in -o json|yaml). */
    static String ignoredSummary(int count) {
        return count + (count == 1 ? " object of another kind" : " objects of other kinds") + " ignored";
    }

    private List<Diagnostic> serverDryRun(LoadedSnapshot loaded) {
        try (LiveCluster cluster = live.connect(output)) {
            return new ServerDryRun(cluster).check(loaded.read().objects());
        } catch (LiveException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
