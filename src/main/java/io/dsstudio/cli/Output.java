package io.dsstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.PrintWriter;

/** Where a command writes: its report to standard output, errors to standard error. */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    public Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * The process's standard streams, opened on their file descriptors rather than through System.out, whose
     * PrintStream swallows write errors: a full disk or a closed pipe must turn into exit code 2.
     */
    public static Output system() {
        return new Output(
                new PrintWriter(new java.io.OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                        java.nio.charset.StandardCharsets.UTF_8), false),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public void json(Object tree) {
        try {
            out.println(json.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public void yaml(Object tree) {
        try {
            out.print(yaml.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    /** Flushes and tells whether everything reached its destination (a closed pipe or full disk does not). */
    public boolean flushOk() {
        out.flush();
        err.flush();
        return !out.checkError();
    }
}
