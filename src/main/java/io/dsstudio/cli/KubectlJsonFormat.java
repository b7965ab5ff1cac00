package io.dsstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;

import java.io.IOException;

/**
 * JSON laid out as {@code kubectl -o json} lays it out (Go's {@code json.MarshalIndent} with four spaces):
 * {@code "key": value}, every member and element on its own line, {@code {}} and {@code []} when empty.
 */
final class KubectlJsonFormat implements PrettyPrinter, Instantiatable<KubectlJsonFormat> {
    private static final String INDENT = "    ";
    private int depth;

    @Override
    public KubectlJsonFormat createInstance() {
        return new KubectlJsonFormat();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    // Objects and arrays are laid out alike: open, a new line per member, close on its own line unless empty.

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']');
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        depth++;
    }

    private void separate(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    private void close(JsonGenerator g, int members, char bracket) throws IOException {
        depth--;
        if (members > 0) {
            newLine(g);
        }
        g.writeRaw(bracket);
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }
}
