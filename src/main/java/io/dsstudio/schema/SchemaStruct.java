package io.dsstudio.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object type of the schema: its fields and, where the OpenAPI documents list them, their enum values. The enum of
 * a list or map field is that of its items or values (upstream lists {@code accessModes} that way).
 */
public final class SchemaStruct implements SchemaType {
    private final String name;
    private final Map<String, Member> members = new LinkedHashMap<>();

    /**
     * One field: its type and its enum values (null when the schema lists none; for a list or map, the values of its
     * items). One lookup gives both.
     */
    public record Member(SchemaType type, List<String> enumValues) {
    }

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
        Member m = members.get(key);
        return m == null ? null : m.type();
    }

    /** The field's type and enum values, or null for a field the schema does not know. */
    public Member member(String key) {
        return members.get(key);
    }

    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(members.keySet());
    }

    /** The values the field may take, or null when the schema lists none. */
    public List<String> enumValues(String key) {
        Member m = members.get(key);
        return m == null ? null : m.enumValues();
    }

    void addField(String key, SchemaType type) {
        members.put(key, new Member(type, null));
    }

    void addEnum(String key, List<String> values) {
        Member m = members.get(key);
        if (m != null) {
            members.put(key, new Member(m.type(), List.copyOf(values)));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
