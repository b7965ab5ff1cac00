import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reproduces {@code openapi-enums.json} from the upstream Go API packages, applying the rules by which upstream's
 * OpenAPI generator (k8s.io/kube-openapi pkg/generators, enum.go and openapi.go) writes the {@code enum} arrays of
 * {@code api/openapi-spec/v3}: a type is an enum when it is {@code type X string} with a {@code +enum} tag in its doc
 * comment; its values are every typed constant of that type, sorted; a field gets them when its type is the enum
 * (or a pointer to it), the items of a slice and the values of a map when their element is. Members embedded with
 * {@code json:",inline"} are flattened into the owner; members tagged {@code +k8s:openapi-gen=false} are left out.
 *
 * <p>Usage (see README.md beside this file):
 * {@code java ExtractOpenApiEnums.java API_CHECKOUT APIMACHINERY_CHECKOUT "SOURCE" > openapi-enums.json}
 * where API_CHECKOUT is a checkout of k8s.io/api (kubernetes/api), APIMACHINERY_CHECKOUT one of k8s.io/apimachinery
 * (kubernetes/apimachinery) and SOURCE the text recorded as {@code _source} (which commits were read).
 *
 * <p>Output: for every struct of core/v1, apps/v1 and meta/v1, under its OpenAPI definition name, its JSON property
 * names ({@code properties}) and, for the properties whose OpenAPI schema has an {@code enum}, the values
 * ({@code enums}: {@code "effect": ["NoExecute", ...]} for the field itself, {@code "accessModes[]"} for a slice's items and
 * {@code "x{}"} for a map's values).
 */
public final class ExtractOpenApiEnums {
    private static final Pattern TYPE_STRING = Pattern.compile("^type (\\w+) string\\s*$");
    private static final Pattern TYPE_STRUCT = Pattern.compile("^type (\\w+) struct \\{\\s*$");
    private static final Pattern CONST_TYPED = Pattern.compile("^\\s*(?:const\\s+)?(\\w+)\\s+([\\w.]+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\w+)\\s*(?://.*)?$");
    private static final Pattern MEMBER = Pattern.compile("^\\s*(\\w+)\\s+([^`\\s]+)\\s*(`[^`]*`)?\\s*(?://.*)?$");
    private static final Pattern EMBEDDED = Pattern.compile("^\\s*(\\*?[\\w.]+)\\s*(`[^`]*`)?\\s*(?://.*)?$");
    private static final Pattern JSON_TAG = Pattern.compile("json:\"([^\"]*)\"");

    /** One Go package: its OpenAPI name prefix and its import alias in the other packages. */
    private record Pkg(String openApiPrefix, String alias, Path dir) {
    }

    private record Member(String name, String type, String json, boolean embedded, List<String> comments) {
    }

    private final Map<String, TreeSet<String>> enumValues = new LinkedHashMap<>();      // "core/v1.TaintEffect"
    private final Map<String, List<Member>> structs = new LinkedHashMap<>();            // "core/v1.Taint"
    private final Map<String, String> constants = new LinkedHashMap<>();                // "core/v1.Name" -> value
    private final List<String[]> typedConstants = new ArrayList<>();                    // pkg, type, value or name

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java ExtractOpenApiEnums.java API_CHECKOUT APIMACHINERY_CHECKOUT SOURCE");
        }
        Path api = Path.of(args[0]);
        Path machinery = Path.of(args[1]);
        List<Pkg> pkgs = List.of(
                new Pkg("io.k8s.api.core.v1.", "v1", api.resolve("core/v1")),
                new Pkg("io.k8s.api.apps.v1.", "appsv1", api.resolve("apps/v1")),
                new Pkg("io.k8s.apimachinery.pkg.apis.meta.v1.", "metav1", machinery.resolve("pkg/apis/meta/v1")));
        ExtractOpenApiEnums x = new ExtractOpenApiEnums();
        for (Pkg p : pkgs) {
            x.read(p);
        }
        System.out.print(x.render(pkgs, args[2]));
    }

    private void read(Pkg pkg) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(pkg.dir())) {
            files = s.filter(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go")).sorted().toList();
        }
        for (Path f : files) {
            readFile(pkg, Files.readAllLines(f, StandardCharsets.UTF_8));
        }
    }

    private void readFile(Pkg pkg, List<String> lines) {
        String key = pkg.openApiPrefix();
        List<String> comments = new ArrayList<>();
        int constDepth = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.trim();
            if (trimmed.startsWith("//")) {
                comments.add(trimmed.substring(2).trim());
                continue;
            }
            Matcher m;
            if ((m = TYPE_STRING.matcher(line)).matches()) {
                if (comments.stream().anyMatch(c -> c.equals("+enum") || c.startsWith("+enum="))) {
                    enumValues.putIfAbsent(key + m.group(1), new TreeSet<>());
                }
            } else if ((m = TYPE_STRUCT.matcher(line)).matches()) {
                List<Member> members = new ArrayList<>();
                List<String> memberComments = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("}"); i++) {
                    String l = lines.get(i).trim();
                    if (l.startsWith("//")) {
                        memberComments.add(l.substring(2).trim());
                        continue;
                    }
                    Matcher mm = MEMBER.matcher(l);
                    Matcher em = EMBEDDED.matcher(l);
                    if (!l.isEmpty() && mm.matches()) {
                        members.add(new Member(mm.group(1), mm.group(2), tag(mm.group(3)), false, memberComments));
                    } else if (!l.isEmpty() && em.matches()) {
                        members.add(new Member(null, em.group(1), tag(em.group(2)), true, memberComments));
                    }
                    memberComments = new ArrayList<>();
                }
                structs.put(key + m.group(1), members);
            } else if (trimmed.startsWith("const (")) {
                constDepth = 1;
            } else if (constDepth > 0 && trimmed.equals(")")) {
                constDepth = 0;
            } else if ((constDepth > 0 || trimmed.startsWith("const ")) && (m = CONST_TYPED.matcher(line)).matches()) {
                String value = m.group(3);
                if (value.startsWith("\"")) {
                    constants.put(key + m.group(1), unquote(value));
                }
                typedConstants.add(new String[] {key, m.group(2), value});
            }
            comments.clear();
        }
    }

    private static String tag(String backquoted) {
        if (backquoted == null) {
            return null;
        }
        Matcher m = JSON_TAG.matcher(backquoted);
        return m.find() ? m.group(1) : null;
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The qualified name of a Go type expression's named type, resolving package aliases; null for builtins. */
    private String qualify(String pkgKey, String type, List<Pkg> pkgs) {
        int dot = type.indexOf('.');
        if (dot < 0) {
            return pkgKey + type;
        }
        String alias = type.substring(0, dot);
        for (Pkg p : pkgs) {
            if (p.alias().equals(alias)) {
                return p.openApiPrefix() + type.substring(dot + 1);
            }
        }
        return null;
    }

    private String render(List<Pkg> pkgs, String source) {
        for (String[] c : typedConstants) {
            String type = qualify(c[0], c[1], pkgs);
            TreeSet<String> values = type == null ? null : enumValues.get(type);
            if (values != null) {
                String v = c[2].startsWith("\"") ? unquote(c[2]) : constants.get(c[0] + c[2]);
                if (v == null) {
                    throw new IllegalStateException("cannot resolve constant " + c[2] + " of " + type);
                }
                values.add(v);
            }
        }
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Map.Entry<String, List<Member>> s : structs.entrySet()) {
            String pkgKey = s.getKey().substring(0, s.getKey().lastIndexOf('.') + 1);
            List<String> properties = new ArrayList<>();
            Map<String, TreeSet<String>> enums = new TreeMap<>();
            flatten(pkgKey, s.getValue(), properties, enums, pkgs);
            Map<String, Object> def = new LinkedHashMap<>();
            def.put("properties", properties);
            if (!enums.isEmpty()) {
                def.put("enums", enums);
            }
            out.put(s.getKey(), def);
        }
        StringBuilder json = new StringBuilder("{\n  \"_source\": ").append(quote(source)).append(",\n");
        int n = 0;
        for (Map.Entry<String, Map<String, Object>> e : out.entrySet()) {
            json.append("  ").append(quote(e.getKey())).append(": {\"properties\": [");
            List<?> props = (List<?>) e.getValue().get("properties");
            for (int i = 0; i < props.size(); i++) {
                json.append(i == 0 ? "" : ", ").append(quote((String) props.get(i)));
            }
            json.append("]");
            @SuppressWarnings("unchecked")
            Map<String, TreeSet<String>> enums = (Map<String, TreeSet<String>>) e.getValue().get("enums");
            if (enums != null) {
                json.append(", \"enums\": {");
                int k = 0;
                for (Map.Entry<String, TreeSet<String>> f : enums.entrySet()) {
                    json.append(k++ == 0 ? "" : ", ").append(quote(f.getKey())).append(": [");
                    int j = 0;
                    for (String v : f.getValue()) {
                        json.append(j++ == 0 ? "" : ", ").append(quote(v));
                    }
                    json.append("]");
                }
                json.append("}");
            }
            json.append("}").append(++n < out.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    private void flatten(String pkgKey, List<Member> members, List<String> properties, Map<String, TreeSet<String>> enums,
                         List<Pkg> pkgs) {
        for (Member m : members) {
            if (m.comments().stream().anyMatch(c -> c.equals("+k8s:openapi-gen=false"))) {
                continue;
            }
            String bare = m.type().replace("*", "");
            if (m.embedded() && m.json() != null && (m.json().isEmpty() || m.json().startsWith(","))) {
                String embedded = qualify(pkgKey, bare, pkgs);
                List<Member> inner = embedded == null ? null : structs.get(embedded);
                if (inner == null) {
                    throw new IllegalStateException("inline member of unknown type " + m.type());
                }
                flatten(embedded.substring(0, embedded.lastIndexOf('.') + 1), inner, properties, enums, pkgs);
                continue;
            }
            String name = m.json() == null ? (m.embedded() ? bare.substring(bare.lastIndexOf('.') + 1) : m.name())
                    : m.json().split(",", -1)[0];
            if (name.equals("-")) {
                continue;
            }
            if (name.isEmpty()) {
                name = m.name();
            }
            properties.add(name);
            boolean stringTag = m.json() != null && m.json().split(",", -1).length > 1 && m.json().split(",", -1)[1].equals("string");
            if (stringTag) {
                continue;
            }
            String suffix = "";
            String elem = bare;
            if (elem.startsWith("[]")) {
                suffix = "[]";
                elem = elem.substring(2);
            } else if (elem.startsWith("map[")) {
                suffix = "{}";
                elem = elem.substring(elem.indexOf(']') + 1);
            }
            String type = qualify(pkgKey, elem, pkgs);
            TreeSet<String> values = type == null ? null : enumValues.get(type);
            if (values != null) {
                enums.put(name + suffix, values);
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
