package io.dsstudio.cli;

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

/** {@code validate [-o text|json] PATH...}: every diagnostic of the input, as the API server would judge it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check manifests: syntax, types and the API server's DaemonSet validation, plus warnings.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    InputOptions input;

    private final Output output;

    ValidateCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        LoadedSnapshot loaded = input.load();
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(new SnapshotValidator().validate(loaded));
        all.sort(Diagnostic.ORDER);
        List<Diagnostic> errors = all.stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> warnings = all.stream().filter(d -> !d.isError()).toList();
        if (format == Format.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", errors.isEmpty());
            report.put("errors", DiagnosticJson.trees(errors));
            report.put("warnings", DiagnosticJson.trees(warnings));
            report.put("ignored", DiagnosticJson.ignored(loaded.ignored()));
            output.json(report);
        } else {
            all.forEach(d -> output.out().println(DiagnosticJson.line(d)));
        }
        errors.forEach(d -> output.err().println(DiagnosticJson.line(d)));
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
