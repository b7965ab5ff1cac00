package io.dsstudio.build;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Build step (run by exec-maven-plugin in {@code process-classes}, see pom.xml): turns fabric8's model classes, which
 * fabric8 generates from the upstream Kubernetes OpenAPI schema, into the compact schema resource
 * {@code io/dsstudio/schema/k8s-schema.json} that {@code io.dsstudio.schema.KubeSchema} reads at run time. Only this
 * class touches the model classes; the product's validation never loads them. fabric8's model keeps enum fields as
 * plain strings, so the enum values come from the upstream extract {@code src/build/kubernetes-api/openapi-enums.json}
 * (see {@link UpstreamEnums} and the README beside the extract).
 *
 * <p>Type expressions in the resource: {@code string}, {@code int32}, {@code int64}, {@code boolean}, {@code number},
 * {@code int-or-string}, {@code quantity}, {@code any}, {@code []T} (list), {@code {}T} (map of string to T), or the
 * name of an object type.
 */
public final class KubeSchemaGenerator {
    /** Kubernetes version of fabric8 8.0.0's model (kubernetes-model-generator: openapi/schemas/kubernetes-1.37.0.json). */
    static final String KUBERNETES_VERSION = "1.37.0";
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model.";
    private static final Map<String, Class<?>> ROOTS = rootKinds();

    private final Map<String, Map<String, String>> types = new TreeMap<>();
    private final Deque<Class<?>> pending = new ArrayDeque<>();

    private KubeSchemaGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KubeSchemaGenerator OUTPUT.json OPENAPI-ENUMS.json");
        }
        Path out = Path.of(args[0]);
        UpstreamEnums enums = UpstreamEnums.read(Path.of(args[1]));
        Files.createDirectories(out.getParent());
        Files.writeString(out, new KubeSchemaGenerator().generate(enums), StandardCharsets.UTF_8);
    }

    private static Map<String, Class<?>> rootKinds() {
        Map<String, Class<?>> roots = new LinkedHashMap<>();
        roots.put("DaemonSet", DaemonSet.class);
        roots.put("Node", Node.class);
        roots.put("Pod", Pod.class);
        roots.put("ControllerRevision", ControllerRevision.class);
        roots.put("List", KubernetesList.class);
        return roots;
    }

    private String generate(UpstreamEnums enums) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kubernetesVersion", KUBERNETES_VERSION);
        doc.put("source", "fabric8 kubernetes-model " + modelVersion()
                + " (generated from the Kubernetes " + KUBERNETES_VERSION + " OpenAPI schema)");
        Map<String, String> kinds = new LinkedHashMap<>();
        ROOTS.forEach((kind, type) -> kinds.put(kind, typeName(type)));
        doc.put("kinds", kinds);
        doc.put("knownKinds", knownKinds());
        ROOTS.values().forEach(pending::add);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!types.containsKey(typeName(type))) {
                describe(type);
            }
        }
        doc.put("types", types);
        doc.put("enumSource", enums.source());
        doc.put("enums", enums.forTypes(types));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }

    private void describe(Class<?> type) {
        Map<String, String> fields = new LinkedHashMap<>();
        types.put(typeName(type), fields);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                JsonProperty property = f.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty() && !fields.containsKey(property.value())) {
                    fields.put(property.value(), expression(f.getGenericType(), type, property.value()));
                }
            }
        }
    }

    private String expression(Type type, Class<?> owner, String field) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return "[]" + expression(args[0], owner, field);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "{}" + expression(args[1], owner, field);
            }
        }
        if (!(type instanceof Class<?> c)) {
            // a type variable (the items of a List, HasMetadata): any object, checked on its own
            return "any";
        }
        if (c == String.class) {
            return "string";
        }
        if (c == Integer.class || c == int.class) {
            return "int32";
        }
        if (c == Long.class || c == long.class) {
            return "int64";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "boolean";
        }
        if (c == Double.class || c == Float.class || c == double.class || c == float.class) {
            return "number";
        }
        if (c == IntOrString.class) {
            return "int-or-string";
        }
        if (c == Quantity.class) {
            return "quantity";
        }
        if (c == Object.class || c.isInterface() || !c.getName().startsWith(MODEL_PACKAGE) || opaque(c)) {
            return "any";
        }
        pending.add(c);
        return typeName(c);
    }

    /** Types whose content the schema leaves free (FieldsV1, RawExtension and the like have no declared fields). */
    private static boolean opaque(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getAnnotation(JsonProperty.class) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The model's class name without fabric8's package prefix: {@code PodSpec}, {@code apps.DaemonSetSpec}. */
    private static String typeName(Class<?> c) {
        String name = c.getName();
        return name.startsWith(MODEL_PACKAGE) ? name.substring(MODEL_PACKAGE.length()) : name;
    }

    private static String modelVersion() throws IOException {
        try (var in = HasMetadata.class.getResourceAsStream("/META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        }
    }

    /** Every kind the model knows (fabric8 lists its resource classes as services): a real kind is never a typo. */
    private static TreeSet<String> knownKinds() throws IOException {
        TreeSet<String> kinds = new TreeSet<>();
        ClassLoader loader = KubeSchemaGenerator.class.getClassLoader();
        Enumeration<URL> lists = loader.getResources("META-INF/services/" + KubernetesResource.class.getName());
        while (lists.hasMoreElements()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(lists.nextElement().openStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String className = line.trim();
                    if (className.isEmpty() || className.startsWith("#")) {
                        continue;
                    }
                    try {
                        Class<?> c = Class.forName(className, false, loader);
                        if (HasMetadata.class.isAssignableFrom(c)) {
                            kinds.add(HasMetadata.getKind(c.asSubclass(HasMetadata.class)));
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a listed class this classpath lacks (an optional module): not a kind we can name
                    }
                }
            }
        }
        return kinds;
    }
}
