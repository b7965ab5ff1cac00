package io.dsstudio.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of one YAML document (SnakeYAML events, see {@link YamlTreeBuilder}) or of a JSON document or
 * stream (Jackson, see {@link JsonTreeBuilder}) into position-carrying trees.
 */
final class DocumentParser {
    private final LoaderOptions loaderOptions;
    private final JsonFactory jsonFactory;
    private final ReadLimits limits;
    /** Per reading thread: documents are parsed in parallel, and each thread shares strings and lists across its documents. */
    private final ThreadLocal<ParseScratch> scratch = ThreadLocal.withInitial(ParseScratch::new);

    DocumentParser(ReadLimits limits) {
        this.limits = limits;
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Integer.MAX_VALUE);
        loader.setNestingDepthLimit(limits.maxNestingDepth() + 2);
        loader.setMaxAliasesForCollections(limits.maxAliases());
        loader.setAllowDuplicateKeys(true);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 2)
                .maxStringLength(limits.maxDocumentChars())
                .maxNumberLength(1000)
                .build();
        this.loaderOptions = loader;
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** Every document in the text, in order; empty documents are skipped. */
    List<YNode> parse(DocumentText text, boolean json) throws SyntaxProblem {
        if (!json) {
            List<YNode> read = BlockYamlParser.tryParse(text, limits, scratch.get());
            if (read != null) {
                return read;
            }
            return parseGeneral(text);
        }
        List<YNode> roots = new ArrayList<>();
        try (JsonParser parser = jsonFactory.createParser(text.text())) {
            JsonTreeBuilder builder = new JsonTreeBuilder(parser, text, limits);
            while (true) {
                YNode root = builder.readDocument();
                if (root == null) {
                    break;
                }
                if (!(root instanceof YScalar s && s.isNull())) {
                    roots.add(root);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
            int column = loc == null || loc.getColumnNr() < 1 ? 1 : loc.getColumnNr();
            throw new SyntaxProblem(JsonMessages.plain(cleanMessage(e)), text.fileLine(line), column);
        } catch (SyntaxProblem p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            throw new SyntaxProblem("cannot read document: " + e.getMessage(), text.fileLine(1), 1);
        }
        return roots;
    }

    /**
     * The document's roots when it is within {@link BlockYamlParser}'s subset under {@code limits} (which may be
     * tighter than this parser's own), else null: it would need the general parser, or does not read at all.
     */
    List<YNode> parseBlock(DocumentText text, ReadLimits limits) {
        return BlockYamlParser.tryParse(text, limits, scratch.get());
    }

    /** Reads YAML with SnakeYAML's general parser, whatever the text holds. */
    List<YNode> parseGeneral(DocumentText text) throws SyntaxProblem {
        return generalReader(text).readAll();
    }

    /** SnakeYAML's general reader over the text, with this parser's limits. */
    YamlTreeBuilder generalReader(DocumentText text) {
        return new YamlTreeBuilder(text, loaderOptions, limits);
    }

    /** The parser's own words without its context dump and position lines, which we report separately. */
    static String cleanMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("in 'reader'") || trimmed.startsWith("in 'string'")
                    || trimmed.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            kept.add(trimmed);
        }
        String joined = String.join("; ", kept);
        return joined.isEmpty() ? "malformed document" : joined;
    }
}
