package io.dsstudio.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upstream enum extract ({@code src/build/kubernetes-api/openapi-enums.json}): for every struct of core/v1,
 * apps/v1 and meta/v1, under its OpenAPI definition name, its properties and the {@code enum} arrays upstream's
 * OpenAPI generator writes for them. Keys ending in {@code []} give the enum of a list's items, {@code {}} that of a
 * map's values. Used at build time only, by {@link KubeSchemaGenerator}.
 */
public final class UpstreamEnums {
    /** Where the extract says it comes from (its {@code _source} entry). */
    private final String source;
    private final JsonNode definitions;

    private UpstreamEnums(String source, JsonNode definitions) {
        this.source = source;
        this.definitions = definitions;
    }

    public static UpstreamEnums read(Path extract) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(extract.toFile());
        JsonNode source = doc.get("_source");
        if (source == null) {
            throw new IllegalStateException(extract + " has no _source entry naming the upstream commits");
        }
        return new UpstreamEnums(source.asText(), doc);
    }

    public String source() {
        return source;
    }

    /**
     * The OpenAPI definition of one of the schema's types, named as {@link KubeSchemaGenerator} names them
     * ({@code PodSpec}, {@code apps.DaemonSetSpec}); null when upstream has none. fabric8 keeps meta/v1 types in its
     * core package, and calls the generic {@code List} {@code KubernetesList}.
     */
    public JsonNode definition(String typeName) {
        if (typeName.equals("KubernetesList")) {
            return definitions.get("io.k8s.apimachinery.pkg.apis.meta.v1.List");
        }
        if (typeName.startsWith("apps.")) {
            return definitions.get("io.k8s.api.apps.v1." + typeName.substring("apps.".length()));
        }
        if (typeName.contains(".")) {
            return null;
        }
        JsonNode core = definitions.get("io.k8s.api.core.v1." + typeName);
        return core != null ? core : definitions.get("io.k8s.apimachinery.pkg.apis.meta.v1." + typeName);
    }

    /**
     * The enums of the given types (type name to field to values), checked against each field's type expression: an
     * enum of the field itself needs a {@code string} field, one of a list's items a {@code []string}, one of a map's
     * values a {@code {}string}. Fails the build when a type has no upstream definition or an enum names a field the
     * model lacks, so the two sources cannot drift apart silently.
     */
    public Map<String, Map<String, List<String>>> forTypes(Map<String, Map<String, String>> types) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> type : types.entrySet()) {
            JsonNode def = definition(type.getKey());
            if (def == null) {
                throw new IllegalStateException("no upstream definition for schema type " + type.getKey());
            }
            JsonNode enums = def.get("enums");
            if (enums == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = enums.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                String field = key.endsWith("[]") || key.endsWith("{}") ? key.substring(0, key.length() - 2) : key;
                String expected = key.endsWith("[]") ? "[]string" : key.endsWith("{}") ? "{}string" : "string";
                String actual = type.getValue().get(field);
                if (!expected.equals(actual)) {
                    throw new IllegalStateException("upstream enum " + type.getKey() + "." + key + " needs a field of type "
                            + expected + ", the model has " + actual);
                }
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                out.computeIfAbsent(type.getKey(), k -> new TreeMap<>()).put(field, values);
            }
        }
        return out;
    }
}
