package io.dsstudio.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated schema's enums against the committed upstream extract ({@code src/build/kubernetes-api}), for every
 * object type reachable from the kinds the tool reads: each field has exactly the values upstream's OpenAPI
 * definition lists for it, and none where upstream lists none. The extract's property lists also pin that it and
 * fabric8's model describe the same API version.
 */
class UpstreamEnumsTest {
    private static final Path EXTRACT = Path.of("src/build/kubernetes-api/openapi-enums.json");
    /**
     * Fields fabric8 8.0.0's Kubernetes 1.37.0 model has and the extract's upstream commit (1.37 development, before
     * the release) does not yet: added by kubernetes/kubernetes#134639 after that commit; no enum.
     */
    private static final Set<String> NEWER_IN_MODEL = Set.of("NodeSystemInfo.runningInUserNamespace");

    private static JsonNode upstream;
    private static Map<String, SchemaStruct> structs;

    @BeforeAll
    static void read() throws IOException {
        upstream = new ObjectMapper().readTree(EXTRACT.toFile());
        structs = reachableStructs(KubeSchema.get());
    }

    @Test
    void everyTypeWeReadHasAnUpstreamDefinition() {
        assertThat(structs).hasSizeGreaterThan(150);
        for (SchemaStruct struct : structs.values()) {
            assertThat(definition(struct.name())).as(struct.name()).isNotNull();
        }
    }

    @Test
    void everyFieldHasExactlyTheEnumUpstreamListsForIt() {
        int checked = 0;
        for (SchemaStruct struct : structs.values()) {
            JsonNode enums = definition(struct.name()).path("enums");
            for (String field : struct.fieldNames()) {
                List<String> expected = values(enums, field);
                assertThat(struct.enumValues(field)).as(struct.name() + "." + field).isEqualTo(expected);
                checked += expected == null ? 0 : 1;
            }
        }
        assertThat(checked).as("enum fields checked").isGreaterThan(30);
    }

    @Test
    void everyUpstreamEnumOfATypeWeReadIsInTheSchema() {
        for (SchemaStruct struct : structs.values()) {
            definition(struct.name()).path("enums").fieldNames().forEachRemaining(key -> {
                String field = key.replaceAll("(\\[\\]|\\{\\})$", "");
                assertThat(struct.enumValues(field)).as(struct.name() + "." + key).isNotNull();
            });
        }
    }

    /** The model and the extract agree on every type's fields, so the enums come from the same API version. */
    @Test
    void extractAndModelHaveTheSameFields() {
        List<String> onlyInModel = new ArrayList<>();
        List<String> onlyUpstream = new ArrayList<>();
        for (SchemaStruct struct : structs.values()) {
            Set<String> upstreamFields = new TreeSet<>();
            definition(struct.name()).get("properties").forEach(p -> upstreamFields.add(p.asText()));
            struct.fieldNames().stream().filter(f -> !upstreamFields.contains(f))
                    .forEach(f -> onlyInModel.add(struct.simpleName() + "." + f));
            upstreamFields.stream().filter(f -> !struct.fieldNames().contains(f))
                    .forEach(f -> onlyUpstream.add(struct.simpleName() + "." + f));
        }
        assertThat(onlyUpstream).isEmpty();
        assertThat(onlyInModel).containsExactlyInAnyOrderElementsOf(NEWER_IN_MODEL);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Taint                          | effect              | NoExecute NoSchedule PreferNoSchedule
            Toleration                     | operator            | Equal Exists Gt Lt
            apps.DaemonSetUpdateStrategy   | type                | OnDelete RollingUpdate
            Container                      | imagePullPolicy     | Always IfNotPresent Never
            EphemeralContainer             | imagePullPolicy     | Always IfNotPresent Never
            PersistentVolumeClaimSpec      | accessModes         | ReadOnlyMany ReadWriteMany ReadWriteOnce ReadWriteOncePod
            PodStatus                      | phase               | Failed Pending Running Succeeded Unknown
            ContainerResizePolicy          | restartPolicy       | -
            Container                      | restartPolicy       | -
            NodeCondition                  | type                | -
            """)
    void enumsAreUpstreamsIncludingWhereUpstreamListsNone(String type, String field, String values) {
        List<String> expected = values == null ? null : Arrays.asList(values.split(" "));
        assertThat(structs.get(type).enumValues(field)).isEqualTo(expected);
    }

    /** Upstream lists the empty string where a constant names it ({@code HostPathUnset}). */
    @Test
    void hostPathTypeAcceptsTheEmptyStringAsUpstreamListsIt() {
        assertThat(structs.get("HostPathVolumeSource").enumValues("type")).startsWith("", "BlockDevice");
    }

    private static List<String> values(JsonNode enums, String field) {
        for (String key : List.of(field, field + "[]", field + "{}")) {
            JsonNode values = enums.get(key);
            if (values != null) {
                List<String> out = new ArrayList<>();
                values.forEach(v -> out.add(v.asText()));
                return out;
            }
        }
        return null;
    }

    /** The upstream definition of a schema type: core/v1 or meta/v1 for fabric8's core package, apps/v1 for apps. */
    private static JsonNode definition(String name) {
        if (name.equals("KubernetesList")) {
            return upstream.get("io.k8s.apimachinery.pkg.apis.meta.v1.List");
        }
        if (name.startsWith("apps.")) {
            return upstream.get("io.k8s.api.apps.v1." + name.substring(5));
        }
        JsonNode core = upstream.get("io.k8s.api.core.v1." + name);
        return core != null ? core : upstream.get("io.k8s.apimachinery.pkg.apis.meta.v1." + name);
    }

    private static Map<String, SchemaStruct> reachableStructs(KubeSchema schema) {
        Map<String, SchemaStruct> found = new LinkedHashMap<>();
        Deque<SchemaType> todo = new ArrayDeque<>();
        schema.readKinds().forEach(k -> todo.add(schema.kind(k)));
        while (!todo.isEmpty()) {
            SchemaType t = todo.pop();
            if (t instanceof SchemaType.ListOf l) {
                todo.push(l.items());
            } else if (t instanceof SchemaType.MapOf m) {
                todo.push(m.values());
            } else if (t instanceof SchemaStruct s && found.putIfAbsent(s.name(), s) == null) {
                Collection<String> fields = s.fieldNames();
                fields.forEach(f -> todo.push(s.field(f)));
            }
        }
        return found;
    }
}
