package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dsstudio.validation.DaemonSetYaml.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** Validating one DaemonSet, as the editor does with its buffer, and the defaulting validation relies on. */
class SingleDaemonSetValidationTest {

    @Test
    void specValidatorReturnsUnpositionedErrorsOfOneDaemonSet() {
        LoadedSnapshot loaded = new SnapshotLoader().loadText("buffer.yaml", valid().addPodSpec("restartPolicy: Never").text());
        DaemonSet ds = loaded.snapshot().daemonSets().get(0);
        List<Diagnostic> errors = new SpecValidator().validate(ds);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("spec.template.spec.restartPolicy");
            assertThat(d.type()).isEqualTo(ErrorType.NotSupported);
            assertThat(d.position()).isNull();
        });
    }

    @Test
    void validateDaemonSetKeepsOnlyThatDaemonSetsDiagnostics() {
        String yaml = valid().addPodSpec("restartPolicy: Never").then(Docs.daemonSet("other", "{a: b}", "{a: b}", "restartPolicy: OnFailure")).text();
        LoadedSnapshot loaded = new SnapshotLoader().loadText("buffer.yaml", yaml);
        DaemonSet other = loaded.snapshot().daemonSets().get(1);
        List<Diagnostic> diagnostics = new SnapshotValidator().validateDaemonSet(loaded, other);
        // sorted by position: the selector comes before the restart policy in the text
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("OverlappingSelector", "InvalidRestartPolicy");
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.object()).isEqualTo("DaemonSet/default/other"));
        assertThat(diagnostics.get(1).position().file()).isEqualTo("buffer.yaml");
        assertThat(diagnostics.get(1).position().line()).isEqualTo(Validation.lineOf(yaml, "restartPolicy: OnFailure"));
    }

    @Test
    void validateDefaultsExtensionsV1beta1ToOnDeleteSoAZeroMaxUnavailablePasses() {
        String yaml = valid().apiVersion("extensions/v1beta1").selector(null).spec("updateStrategy:\n  rollingUpdate:\n    maxUnavailable: 0").text();
        assertThat(Validation.errors(yaml)).isEmpty();
    }

    @Test
    void validateDefaultsAppsV1ToRollingUpdateSoAZeroMaxUnavailableFails() {
        String yaml = valid().spec("updateStrategy:\n  rollingUpdate:\n    maxUnavailable: 0").text();
        assertThat(Validation.errors(yaml)).extracting(Diagnostic::field)
                .containsExactly("spec.updateStrategy.rollingUpdate.maxUnavailable");
    }

    @Test
    void validateFindsNoSelectorForExtensionsV1beta1WithoutTemplateLabels() {
        String yaml = valid().apiVersion("extensions/v1beta1").selector(null).templateMetadata("annotations: {x: z}").text();
        assertThat(Validation.errors(yaml)).extracting(Diagnostic::code).containsExactly("SelectorMismatch");
    }

    @Test
    void validateLocatesErrorsOfADaemonSetWithoutName() {
        String yaml = valid().metadata("namespace: default\nlabels: {a: b}").addPodSpec("restartPolicy: Never").text();
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(errors).extracting(Diagnostic::field).containsExactly("metadata.name", "spec.template.spec.restartPolicy");
        assertThat(errors.get(1).object()).isEqualTo("DaemonSet/default/null");
        assertThat(errors.get(1).position().line()).isEqualTo(Validation.lineOf(yaml, "restartPolicy: Never"));
    }
}
