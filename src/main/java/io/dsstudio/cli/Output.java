package io.dsstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Where a command writes: its report to standard output, errors to standard error. */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    /** The stream under {@link #out} when it is a byte stream of ours: it remembers why a write failed. */
    private final FailureRecordingStream outStream;
    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build()).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public Output(PrintWriter out, PrintWriter err) {
        this(out, err, null);
    }

    private Output(PrintWriter out, PrintWriter err, FailureRecordingStream outStream) {
        this.out = out;
        this.err = err;
        this.outStream = outStream;
    }

    /** A report written to a byte stream (UTF-8), whose write failures are remembered ({@link #outputPipeClosed}). */
    public static Output of(java.io.OutputStream out, PrintWriter err) {
        FailureRecordingStream recording = new FailureRecordingStream(out);
        return new Output(new PrintWriter(new java.io.OutputStreamWriter(recording, java.nio.charset.StandardCharsets.UTF_8), false),
                err, recording);
    }

    /**
     * The process's standard streams, opened on their file descriptors rather than through System.out, whose
     * PrintStream swallows write errors: a full disk or a closed pipe must turn into exit code 2.
     */
    public static Output system() {
        return of(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Writes a tree as JSON, laid out as kubectl lays it out, straight to standard output. */
    public void json(Object tree) {
        write(true, g -> g.writeObject(tree));
    }

    public void yaml(Object tree) {
        write(false, g -> g.writeObject(tree));
    }

    /** What a streaming report writes: fields and values one after another, never the whole tree at once. */
    @FunctionalInterface
    public interface Report {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /**
     * Streams a report to standard output as JSON (kubectl's layout, then a line break) or YAML; the generator
     * also writes trees ({@code writeObject}) for the small parts.
     */
    public void write(boolean asJson, Report report) {
        try (JsonGenerator g = asJson ? json.getFactory().createGenerator(out).setPrettyPrinter(new KubectlJsonFormat())
                : yaml.getFactory().createGenerator(out)) {
            report.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (asJson ? "JSON" : "YAML"), e);
        }
        if (asJson) {
            out.println();
        }
    }

    /**
     * Whether standard output failed because its reader went away ({@code plan | head}): the process then ends
     * quietly, as one that SIGPIPE ended would.
     */
    public boolean outputPipeClosed() {
        java.io.IOException failure = outStream == null ? null : outStream.failure();
        String message = failure == null || failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(java.util.Locale.ROOT);
        return message.contains("broken pipe") || message.contains("pipe is being closed") || message.contains("pipe has been ended");
    }

    /** Flushes and tells whether everything reached its destination (a closed pipe or full disk does not). */
    public boolean flushOk() {
        out.flush();
        err.flush();
        return !out.checkError();
    }
}
