package io.dsstudio.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain scalars resolve as kubectl's YAML 1.1 reader (go-yaml v2) resolves them; quoted scalars are strings. */
class ScalarResolutionTest {
    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of("0644", 420L),
                Arguments.of("0x1F", 31L),
                Arguments.of("0b101", 5L),
                Arguments.of("0b_", "0b_"),
                Arguments.of("-0x__", "-0x__"),
                Arguments.of("1_000", 1000L),
                Arguments.of("-17", -17L),
                Arguments.of("12345678901234567890", new BigInteger("12345678901234567890")),
                Arguments.of("1.0", 1.0),
                Arguments.of("1e3", 1000.0),
                Arguments.of("yes", true),
                Arguments.of("Yes", true),
                Arguments.of("on", true),
                Arguments.of("ON", true),
                Arguments.of("y", true),
                Arguments.of("Y", true),
                Arguments.of("no", false),
                Arguments.of("off", false),
                Arguments.of("n", false),
                Arguments.of("True", true),
                Arguments.of("false", false),
                Arguments.of("~", null),
                Arguments.of("null", null),
                Arguments.of("", null),
                Arguments.of("'yes'", "yes"),
                Arguments.of("\"on\"", "on"),
                Arguments.of("'0644'", "0644"),
                Arguments.of("\"0x1F\"", "0x1F"),
                Arguments.of("'y'", "y"),
                Arguments.of("''", ""),
                Arguments.of("yesterday", "yesterday"),
                Arguments.of("2024-05-01", "2024-05-01"),
                Arguments.of("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
                Arguments.of("12:30", "12:30"),
                Arguments.of("190:20:30", "190:20:30"),
                Arguments.of("10%", "10%"),
                Arguments.of("250m", "250m"),
                Arguments.of("1.2.3", "1.2.3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void readResolvesScalarAsKubectlDoes(String written, Object expected) {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nvalue: " + written + "\nlisted: [" + written + "]\n";
        ReadResult read = new ManifestReader().readText("c.yaml", text);

        assertThat(read.diagnostics()).isEmpty();
        YMap root = read.objects().get(0).root();
        assertThat(((YScalar) root.get("value")).value()).isEqualTo(expected);
        YSeq listed = (YSeq) root.get("listed");
        if (!written.isEmpty()) {
            assertThat(((YScalar) listed.items().get(0)).value()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void renderedScalarReadsBackAsTheSameValue(String written, Object value) {
        String rendered = YamlScalars.scalar(value, YamlScalars.Style.PLAIN, false);
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nvalue: " + rendered + "\n";

        YMap root = new ManifestReader().readText("c.yaml", text).objects().get(0).root();

        assertThat(((YScalar) root.get("value")).value()).as(rendered).isEqualTo(value);
    }
}
