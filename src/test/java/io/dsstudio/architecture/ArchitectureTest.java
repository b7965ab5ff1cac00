package io.dsstudio.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of docs/architecture: what each package may use. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dsstudio");
        // an empty import would make every rule pass vacuously
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct().count()).isGreaterThan(8);
    }

    @Test
    void javafxOnlyInUiAndApp() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("io.dsstudio.ui..", "io.dsstudio.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");
        rule.check(classes);
    }

    @Test
    void coreLayersArePureJava() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.dsstudio.domain..", "io.dsstudio.reconcile..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..", "io.fabric8..",
                        "picocli..", "java.io..", "java.nio.file..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void reconcilerDependsOnlyOnDomain() {
        ArchRule rule = noClasses().that().resideInAPackage("io.dsstudio.reconcile..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dsstudio.yaml..", "io.dsstudio.validation..",
                        "io.dsstudio.cli..", "io.dsstudio.ui..", "io.dsstudio.app..", "io.dsstudio.workspace..",
                        "io.dsstudio.cluster..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        ArchRule rule = noClasses().that().resideInAPackage("io.dsstudio.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dsstudio.yaml..", "io.dsstudio.validation..",
                        "io.dsstudio.reconcile..", "io.dsstudio.cli..", "io.dsstudio.ui..", "io.dsstudio.app..",
                        "io.dsstudio.workspace..", "io.dsstudio.cluster..");
        rule.check(classes);
    }

    @Test
    void fabric8ClientOnlyInCluster() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dsstudio.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fabric8.kubernetes.client..");
        rule.allowEmptyShould(true).check(classes);
    }

    /** The schema is generated from fabric8's model at build time (io.dsstudio.build); checking never loads the model. */
    @Test
    void schemaAndValidationNeverUseFabric8() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.dsstudio.schema..", "io.dsstudio.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fabric8..");
        rule.check(classes);
    }

    /** The schema model stands on its own, so any layer may use it without a cycle. */
    @Test
    void schemaDependsOnNothingOfOurs() {
        ArchRule rule = noClasses().that().resideInAPackage("io.dsstudio.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dsstudio.yaml..", "io.dsstudio.validation..",
                        "io.dsstudio.domain..", "io.dsstudio.reconcile..", "io.dsstudio.cli..", "io.dsstudio.ui..",
                        "io.dsstudio.app..", "io.dsstudio.workspace..", "io.dsstudio.cluster..", "io.dsstudio.build..");
        rule.check(classes);
    }

    @Test
    void jackson3OnlyInCluster() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dsstudio.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void standardStreamsOnlyInCli() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dsstudio.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err");
        rule.check(classes);
    }

    @Test
    void cliNeverUsesJavafx() {
        ArchRule rule = noClasses().that().resideInAPackage("io.dsstudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.dsstudio.ui..");
        rule.check(classes);
    }

    @Test
    void nothingDependsOnApp() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dsstudio.app..")
                .should().dependOnClassesThat().resideInAPackage("io.dsstudio.app..");
        rule.check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("io.dsstudio.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** JavaFX's stock buttons take the JVM's language, not the one chosen in Preferences: ui.common.DialogButtons. */
    @Test
    void dialogButtonsAreInTheWindowsLanguage() {
        ArchRule rule = noClasses().should().accessField(javafx.scene.control.ButtonType.class, "OK")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "APPLY")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "FINISH")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "NEXT")
                .orShould().accessField(javafx.scene.control.ButtonType.class, "PREVIOUS");
        rule.check(classes);
    }
}
