package io.dsstudio.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema and API-server cases of the malformed-input corpus ({@code src/test/resources/malformed/schema-*.yaml}):
 * {@code validate FILE} exits as {@code NAME.expect}'s {@code exit:} line says, and its first diagnostic line contains
 * the {@code first:} line.
 */
class SchemaMalformedCorpusTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(SchemaMalformedCorpusTest.class.getResource("/malformed").toURI());
        try (Stream<Path> files = Files.list(root)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("schema-") && n.endsWith(".yaml")).sorted().toList();
            return names.stream().map(n -> n.substring(0, n.length() - ".yaml".length()));
        }
    }

    @org.junit.jupiter.api.Test
    void corpusHasAtLeastFortySchemaCases() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateExitsAndReportsFirstAsExpected(String name) throws Exception {
        Path root = Path.of(SchemaMalformedCorpusTest.class.getResource("/malformed").toURI());
        List<String> expect = Files.readAllLines(root.resolve(name + ".expect"));
        int exit = Integer.parseInt(value(expect, "exit"));
        String first = value(expect, "first");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CliMain(new Output(new PrintWriter(out), new PrintWriter(err))).run(new String[] {"validate", root.resolve(name + ".yaml").toString()});
        String firstLine = out.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        assertThat(code).as(out.toString()).isEqualTo(exit);
        assertThat(firstLine).contains(first);
        if (exit == ExitCodes.INVALID) {
            assertThat(err.toString().lines().findFirst().orElse("")).contains(first);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + ":")).map(l -> l.substring(key.length() + 1).trim())
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + ": line"));
    }
}
