package io.dsstudio.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input under {@code src/test/resources/malformed/} runs through the command line as a user runs it
 * ({@code dsstudio validate FILE}) and must exit as its {@code NAME.expect} says, with its first diagnostic — the
 * first line of standard error, or of standard output when nothing went to standard error — containing the
 * expected text ({@code first:} empty: no output at all). Never a stack trace or an unexpected failure.
 *
 * <p>To add a case, put {@code NAME.yaml} (or .json, .yml) in the folder with {@code NAME.expect}; running this
 * test with {@code -Dmalformed.record=true} writes the expectations of cases that have none, to review.
 */
class MalformedCorpusTest {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.*?:\\d+:\\d+: (?:error|warning): [^:]{0,100})");

    record Case(String name, Path input, Path expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
        boolean record = Boolean.getBoolean("malformed.record");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(p -> !p.getFileName().toString().endsWith(".expect")
                    && !p.getFileName().toString().equals("README.md")).sorted().toList();
            return inputs.stream()
                    .map(p -> new Case(p.getFileName().toString(), p, expectOf(p)))
                    .filter(c -> record || Files.exists(c.expect()))
                    .toList().stream();
        }
    }

    private static Path expectOf(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
    }

    /** What one run printed. */
    private record Run(int exit, String out, String err) {
        String first() {
            String text = err.isEmpty() ? out : err;
            return text.isEmpty() ? "" : text.lines().findFirst().orElse("");
        }
    }

    private static Run run(Path input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CliMain(new Output(new PrintWriter(out), new PrintWriter(err)))
                .run(new String[] {"validate", input.toString()});
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exitsAndReportsAsExpected(Case c) throws IOException {
        Run run = run(c.input());

        assertThat(run.out() + run.err()).doesNotContain("unexpected failure").doesNotContain("\tat ")
                .doesNotContain("Exception");
        if (!Files.exists(c.expect())) {
            Files.writeString(c.expect(), "exit: " + run.exit() + "\nfirst: " + recorded(run.first(), c.input()) + "\n");
            return;
        }
        List<String> expected = Files.readAllLines(c.expect(), StandardCharsets.UTF_8);
        int exit = Integer.parseInt(value(expected, "exit:"));
        String first = value(expected, "first:");
        assertThat(run.exit()).as("exit code of %s; output:%n%s%s", c.name(), run.out(), run.err()).isEqualTo(exit);
        if (first.isEmpty()) {
            assertThat(run.out() + run.err()).as("output of %s", c.name()).isEmpty();
        } else {
            assertThat(run.first()).as("first diagnostic of %s", c.name()).contains(first);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length()).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no '" + key + "' line"));
    }

    /** The part of a first line worth pinning: file name, position, severity and field; or the line itself. */
    private static String recorded(String first, Path input) {
        String line = first.replace(input.getParent().toString() + input.getFileSystem().getSeparator(), "");
        Matcher m = DIAGNOSTIC.matcher(line);
        String kept = m.find() ? m.group(1) : line;
        return kept.length() > 120 ? kept.substring(0, 120) : kept;
    }
}
