package io.dsstudio.ui.nodes;

import io.dsstudio.domain.LabelSelector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectorParserTest {
    private static final Map<String, String> WEB_A = Map.of("zone", "a", "tier", "web", "gpu", "");
    private static final Map<String, String> DB_B_SPOT = Map.of("zone", "b", "tier", "db", "spot", "true");

    static Stream<Arguments> selectors() {
        return Stream.of(
                Arguments.of("zone=a", true, false),
                Arguments.of("zone==a", true, false),
                Arguments.of("zone=a,gpu", true, false),
                Arguments.of("!spot", true, false),
                Arguments.of("spot", false, true),
                Arguments.of("tier in (web,db)", true, true),
                Arguments.of("tier in (web, db), !spot", true, false),
                Arguments.of("tier notin (web)", false, true),
                Arguments.of("zone!=a", false, true),
                Arguments.of("missing!=x", true, true),
                Arguments.of("zone=b,tier=db,spot=true", false, true));
    }

    @ParameterizedTest
    @MethodSource("selectors")
    void parseMatchesAsKubectlDoes(String text, boolean matchesWebA, boolean matchesDbBSpot) {
        LabelSelector selector = SelectorParser.parse(text);
        assertThat(selector.matches(WEB_A)).isEqualTo(matchesWebA);
        assertThat(selector.matches(DB_B_SPOT)).isEqualTo(matchesDbBSpot);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone=", "tier in (web", "a,,b", "=x", "tier in ()", "bad key=x", "k=v v"})
    void parseRejectsMalformedSelectors(String text) {
        if ("zone=".equals(text)) {
            // an empty value is legal: zone= selects nodes whose zone label is ""
            assertThat(SelectorParser.parse(text).matches(Map.of("zone", ""))).isTrue();
            return;
        }
        assertThatThrownBy(() -> SelectorParser.parse(text)).isInstanceOf(SelectorSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "ip-10-0-1", "worker"})
    void looksLikeSelectorTreatsBareWordsAsText(String text) {
        assertThat(SelectorParser.looksLikeSelector(text)).isFalse();
    }
}
