package io.dsstudio.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OutputFailureTest {
    /** Like a full disk or a closed pipe. */
    private static final class FailingWriter extends Writer {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void runExitsTwoWhenTheReportCannotBeWritten() throws URISyntaxException {
        StringWriter err = new StringWriter();
        String manifest = Path.of(getClass().getResource("/realworld/daemonsets/kured.yaml").toURI()).toString();
        int code = new CliMain(new Output(new PrintWriter(new FailingWriter()), new PrintWriter(err))).run(
                new String[] {"validate", "-o", "json", manifest});
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("cannot write the report");
    }
}
