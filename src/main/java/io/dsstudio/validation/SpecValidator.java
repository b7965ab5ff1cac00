package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;

import java.util.List;

/**
 * The API server's validation of one DaemonSet after defaulting (semantics.md §8): runs the one-rule classes
 * in upstream's order and returns their errors without source positions (see {@link SnapshotValidator} for
 * positions and the cross-object warnings).
 */
public final class SpecValidator {
    private final List<DaemonSetRule> rules = List.of(
            new ObjectMetaRule(),
            new SelectorRule(),
            new SelectorMatchesTemplateRule(),
            new TemplateMetadataRule(),
            new ContainersRule(),
            new ContainerPortsRule(),
            new PlacementFieldsRule(),
            new NodeAffinityRule(),
            new TolerationsRule(),
            new RestartPolicyRule(),
            new TemplateRestrictionsRule(),
            new NonNegativeFieldsRule(),
            new UpdateStrategyRule());

    public List<Diagnostic> validate(DaemonSet ds) {
        Problems problems = new Problems(ds.ref());
        for (DaemonSetRule rule : rules) {
            rule.check(ds, problems);
        }
        return problems.diagnostics();
    }
}
