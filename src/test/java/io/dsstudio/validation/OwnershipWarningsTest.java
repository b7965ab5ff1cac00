package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dsstudio.validation.DaemonSetYaml.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** WillAdoptOrphan, OwnedByOtherController and OverlappingSelector (semantics.md §2). */
class OwnershipWarningsTest {
    private static final String OWN = "[{apiVersion: apps/v1, kind: DaemonSet, name: abc, uid: uid-abc, controller: true}]";
    private static final String REPLICA_SET = "[{apiVersion: apps/v1, kind: ReplicaSet, name: web-1, uid: uid-rs, controller: true}]";

    private static DaemonSetYaml ds() {
        return valid().metadata("name: abc\nnamespace: default\nuid: uid-abc");
    }

    @Test
    void validateWarnsAboutAMatchingOrphan() {
        String yaml = ds().then(Docs.pod("stray", "{a: b}", "[]")).text();
        List<Diagnostic> warnings = Validation.warnings(yaml);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("WillAdoptOrphan");
            assertThat(w.object()).isEqualTo("DaemonSet/default/abc");
            assertThat(w.field()).isEqualTo("spec.selector");
            assertThat(w.type()).isNull();
            assertThat(w.message()).contains("orphan pod default/stray on node n1").contains("will adopt it");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "  selector:"));
        });
        assertThat(Validation.errors(yaml)).isEmpty();
    }

    @Test
    void validateIgnoresOrphansThatDoNotMatchOrLiveElsewhere() {
        String otherNamespace = Docs.pod("stray", "{a: b}", "[]").replace("namespace: default", "namespace: other");
        String yaml = ds().then(Docs.pod("unrelated", "{a: c}", "[]")).then(otherNamespace)
                .then(Docs.pod("deleting", "{a: b}", "[]").replace("  namespace: default", "  namespace: default\n  deletionTimestamp: \"2024-01-01T00:00:00Z\""))
                .text();
        assertThat(Validation.warnings(yaml)).isEmpty();
    }

    @Test
    void validateDoesNotWarnAboutItsOwnPods() {
        assertThat(Validation.warnings(ds().then(Docs.pod("mine", "{a: b}", OWN)).text())).isEmpty();
    }

    @Test
    void validateWarnsAboutAMatchingPodOfAnotherController() {
        String yaml = ds().then(Docs.pod("web-1-x", "{a: b}", REPLICA_SET)).text();
        assertThat(Validation.warnings(yaml)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("OwnedByOtherController");
            assertThat(w.message()).contains("pod default/web-1-x").contains("controlled by ReplicaSet/web-1 (uid uid-rs)")
                    .contains("a second pod will run on node n1");
        });
    }

    /** The pod's node n1 is Linux and the DaemonSet runs on Windows alone: no second pod will run there. */
    @Test
    void validateDoesNotWarnAboutAPodOfAnotherControllerOnANodeTheDaemonSetDoesNotRunOn() {
        String yaml = ds().addPodSpec("nodeSelector: {kubernetes.io/os: windows}")
                .then(Docs.node("n1", "{kubernetes.io/os: linux}", "[]")).then(Docs.node("n2", "{kubernetes.io/os: windows}", "[]"))
                .then(Docs.pod("web-1-x", "{a: b}", REPLICA_SET)).text();
        assertThat(Validation.warnings(yaml)).isEmpty();
    }

    @Test
    void validateWarnsAboutAPodOfAnotherControllerOnANodeTheDaemonSetRunsOn() {
        String yaml = ds().addPodSpec("nodeSelector: {kubernetes.io/os: linux}")
                .then(Docs.node("n1", "{kubernetes.io/os: linux}", "[]"))
                .then(Docs.pod("web-1-x", "{a: b}", REPLICA_SET)).text();
        assertThat(Validation.warnings(yaml)).singleElement().satisfies(w ->
                assertThat(w.message()).contains("a second pod will run on node n1"));
    }

    @Test
    void validateTreatsAnEarlierDaemonSetOfTheSameNameAsAnotherController() {
        String earlier = OWN.replace("uid-abc", "uid-old");
        assertThat(Validation.warnings(ds().then(Docs.pod("old", "{a: b}", earlier)).text()))
                .extracting(Diagnostic::code).containsExactly("OwnedByOtherController");
    }

    @Test
    void validateTakesPodsOfASameNamedDaemonSetAsOwnWhenTheManifestHasNoUid() {
        assertThat(Validation.warnings(valid().then(Docs.pod("mine", "{a: b}", OWN)).text())).isEmpty();
    }

    @Test
    void validateWarnsAboutOverlappingSelectorsOnce() {
        String yaml = ds().then(Docs.daemonSet("other", "{x: z}", "{x: z, a: b}", "")).text();
        List<Diagnostic> warnings = Validation.warnings(yaml);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("OverlappingSelector");
            assertThat(w.object()).isEqualTo("DaemonSet/default/other");
            assertThat(w.message()).contains("default/abc and default/other")
                    .contains("the selector \"a=b\" of default/abc matches the template labels of default/other");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "matchLabels: {x: z}") - 1);
        });
    }

    @Test
    void validateIgnoresSelectorsInOtherNamespacesOrDisjoint() {
        String elsewhere = Docs.daemonSet("other", "{a: b}", "{a: b}", "").replace("namespace: default", "namespace: other");
        String disjoint = Docs.daemonSet("third", "{c: d}", "{c: d}", "");
        assertThat(Validation.warnings(ds().then(elsewhere).then(disjoint).text())).isEmpty();
    }
}
