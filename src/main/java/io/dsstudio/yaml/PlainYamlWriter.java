package io.dsstudio.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.util.List;
import java.util.Map;

/**
 * Writes plain trees as YAML documents in kubectl's style: block style, 2-space indent, list items at their
 * key's indentation, strings quoted only where a reader would otherwise take them for another type.
 */
public final class PlainYamlWriter {
    private final ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    public String document(Map<String, Object> tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tree cannot be written as YAML", e);
        }
    }

    /** Several documents, each preceded by {@code ---}. */
    public String documents(List<Map<String, Object>> trees) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> tree : trees) {
            out.append("---\n").append(document(tree));
        }
        return out.toString();
    }
}
