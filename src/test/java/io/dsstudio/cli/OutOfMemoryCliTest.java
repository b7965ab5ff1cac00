package io.dsstudio.cli;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An input larger than the heap ends with a one-line error that says how to give more, not a stack trace. */
class OutOfMemoryCliTest {

    @Test
    void aCommandThatRunsOutOfMemorySaysSoAndHowToRunItWithMore() {
        // the report's writing runs out of memory, as the reading of a too large snapshot does
        OutputStream exhausted = new OutputStream() {
            @Override
            public void write(int b) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        StringWriter err = new StringWriter();

        int code = new CliMain(Output.of(exhausted, new PrintWriter(err, true))).run(new String[] {"generate", "--demo"});

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("error: out of memory: this input needs more than the ")
                .contains("Run the same command with a larger heap: java -Xmx4g -jar ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theMessageNamesTheHeapAndTheJar() {
        assertThat(OutOfMemory.message(1536L << 20, Path.of("/opt/daemonset-studio/lib/app/daemonset-studio.jar")))
                .isEqualTo("out of memory: this input needs more than the 1,536 MB heap this run has. Run the same command"
                        + " with a larger heap: java -Xmx4g -jar /opt/daemonset-studio/lib/app/daemonset-studio.jar COMMAND ARGS...");
        assertThat(OutOfMemory.message(512L << 20, null)).endsWith("java -Xmx4g -jar daemonset-studio.jar COMMAND ARGS...");
    }
}
