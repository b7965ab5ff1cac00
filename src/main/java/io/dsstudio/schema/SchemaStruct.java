package io.dsstudio.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An object type of the schema: its fields and, where the OpenAPI documents list them, their enum values. */
public final class SchemaStruct implements SchemaType {
    private final String name;
    private final Map<String, SchemaType> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> enums = new LinkedHashMap<>();

    SchemaStruct(String name) {
        this.name = name;
    }

    /** fabric8's name of the type without its package prefix: {@code PodSpec}, {@code apps.DaemonSetSpec}. */
    public String name() {
        return name;
    }

    /** The type's name without its API group: {@code DaemonSetSpec}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public String goName() {
        return "v1." + simpleName();
    }

    /** The field's type, or null for a field the schema does not know. */
    public SchemaType field(String key) {
        return fields.get(key);
    }

    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** The values the field may take, or null when the schema lists none. */
    public List<String> enumValues(String key) {
        return enums.get(key);
    }

    void addField(String key, SchemaType type) {
        fields.put(key, type);
    }

    void addEnum(String key, List<String> values) {
        if (fields.containsKey(key)) {
            enums.put(key, List.copyOf(values));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
