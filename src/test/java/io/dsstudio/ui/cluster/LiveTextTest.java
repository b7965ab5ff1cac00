package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveChange;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.domain.Taint;
import io.dsstudio.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The localised texts of the live-cluster UI: every enum the core reports has its sentence in both languages. */
class LiveTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyKindOutcomeAndLoadingStepHasAKeyInBothBundles(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        for (LiveException.Kind kind : LiveException.Kind.values()) {
            keys.add("live.kind." + kind.name());
        }
        for (ObjectResult.Outcome outcome : ObjectResult.Outcome.values()) {
            keys.add("live.outcome." + outcome.name());
        }
        for (String kind : List.of("Node", "DaemonSet", "ControllerRevision", "Pod")) {
            keys.add("live.loading." + kind);
        }
        assertThat(keys).allMatch(messages::has);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(new LiveChange.NodeLabels("n1", Map.of("tier", "gold"), Set.of("old")),
                        "Node n1: set labels {tier=gold}, remove [old]"),
                Arguments.of(new LiveChange.NodeScheduling("n1", "7", List.of(), List.of(Taint.of("gpu", "true", "NoSchedule")), true),
                        "Node n1: taints become [gpu=true:NoSchedule] and cordon it"),
                Arguments.of(new LiveChange.NodeScheduling("n1", "7", List.of(Taint.of("gpu", "", "NoSchedule")), List.of(), null),
                        "Node n1: taints become (none)"),
                Arguments.of(new LiveChange.ApplyDaemonSet("kube-system", "fluentd", "{}"), "DaemonSet kube-system/fluentd: server-side apply"),
                Arguments.of(new LiveChange.DeleteDaemonSet("ops", "agent", false), "DaemonSet ops/agent: delete, its pods stay"));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void describeNamesTheObjectAndTheChange(LiveChange change, String expected) {
        assertThat(LiveChangeText.describe(new Messages(Locale.ENGLISH), change)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORBIDDEN", "SERVER", "TIMEOUT", "CONNECTION"})
    void errorsSayTheKindInTheUiLanguageAndKeepTheDetail(String kind) {
        LiveException failure = new LiveException(LiveException.Kind.valueOf(kind), "detail from the core");
        String zh = LiveErrors.describe(new Messages(Locale.SIMPLIFIED_CHINESE), failure);
        String en = LiveErrors.describe(new Messages(Locale.ENGLISH), failure);
        assertThat(zh).endsWith("detail from the core").isNotEqualTo(en);
        assertThat(en).endsWith("detail from the core");
    }
}
