package io.dsstudio.validation;

import io.dsstudio.schema.KubeSchema;
import io.dsstudio.schema.SchemaStruct;
import io.dsstudio.yaml.YEntry;
import io.dsstudio.yaml.YMap;
import io.dsstudio.yaml.YNode;
import io.dsstudio.yaml.YScalar;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The API server's ValidatePodSpec ({@code pkg/apis/core/validation/validation.go}) for the parts of a DaemonSet's pod
 * template the tool's mapping does not read: volumes (validateVolumes; a volume without a source is defaulted to
 * emptyDir by SetDefaults_Volume, so it is accepted), environment variables (validateEnv, with the relaxed names
 * upstream allows since 1.34), volume mounts (validateVolumeMounts) and resources (ValidateResourceRequirements:
 * non-negative quantities, requests no more than limits, extended resources not overcommitted), plus
 * {@code pkg/api/pod/warnings.go}'s warning for a negative terminationGracePeriodSeconds.
 */
final class PodTemplateApiRules {
    private static final String BASE = "spec.template.spec";
    private final SchemaStruct volume;

    PodTemplateApiRules(KubeSchema schema) {
        SchemaStruct pod = (SchemaStruct) schema.kind("Pod").field("spec");
        this.volume = (SchemaStruct) ((io.dsstudio.schema.SchemaType.ListOf) pod.field("volumes")).items();
    }

    void check(YMap daemonSet, TreeFindings out) {
        YMap spec = TreeFindings.map(TreeFindings.map(TreeFindings.map(daemonSet, "spec"), "template"), "spec");
        if (spec == null) {
            return;
        }
        Set<String> volumes = volumes(spec, out);
        containers(spec, "containers", volumes, out);
        containers(spec, "initContainers", volumes, out);
        if (spec.get("terminationGracePeriodSeconds") instanceof YScalar s && s.value() instanceof Long seconds && seconds < 0) {
            // warnings.go words it "<path>: must be >= 0; …"; the path is the diagnostic's field
            out.warning("NegativeGracePeriod", BASE + ".terminationGracePeriodSeconds",
                    "must be >= 0; negative values are invalid and will be treated as 1", s);
        }
    }

    private Set<String> volumes(YMap spec, TreeFindings out) {
        Set<String> names = new HashSet<>();
        List<YNode> items = TreeFindings.items(spec, "volumes");
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof YMap v)) {
                continue;
            }
            String p = BASE + ".volumes[" + i + "]";
            String name = TreeFindings.string(v, "name");
            if (name == null || name.isEmpty()) {
                out.required("InvalidVolume", p + ".name", at(v, "name"), "");
            } else {
                LabelSyntax.dns1123Label(name).forEach(m -> out.invalid("InvalidVolume", p + ".name", name, m, v.get("name")));
                if (!names.add(name)) {
                    out.duplicate("InvalidVolume", p + ".name", name, v.get("name"));
                }
            }
            int sources = 0;
            for (YEntry e : v.entries()) {
                if (!"name".equals(e.key()) && volume.field(e.key()) != null && !(e.value() instanceof YScalar s && s.isNull())) {
                    if (++sources > 1) {
                        out.forbidden("InvalidVolume", p + "." + e.key(), "may not specify more than 1 volume type", e);
                    }
                }
            }
        }
        return names;
    }

    private void containers(YMap spec, String key, Set<String> volumes, TreeFindings out) {
        List<YNode> items = TreeFindings.items(spec, key);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YMap c) {
                String p = BASE + "." + key + "[" + i + "]";
                env(c, p, out);
                volumeMounts(c, p, volumes, out);
                resources(TreeFindings.map(c, "resources"), p + ".resources", out);
            }
        }
    }

    private static void env(YMap container, String p, TreeFindings out) {
        List<YNode> env = TreeFindings.items(container, "env");
        for (int i = 0; i < env.size(); i++) {
            if (!(env.get(i) instanceof YMap e)) {
                continue;
            }
            String ep = p + ".env[" + i + "]";
            String name = TreeFindings.string(e, "name");
            if (name == null || name.isEmpty()) {
                out.required("InvalidEnv", ep + ".name", at(e, "name"), "");
            } else if (!relaxedEnvVarName(name)) {
                out.invalid("InvalidEnv", ep + ".name", name,
                        "a valid environment variable name must consist only of printable ASCII characters other than '='", e.get("name"));
            }
            String value = TreeFindings.string(e, "value");
            if (value != null && !value.isEmpty() && TreeFindings.present(e, "valueFrom")) {
                out.invalid("InvalidEnv", ep + ".valueFrom", "", "may not be specified when `value` is not empty", e.get("valueFrom"));
            }
        }
    }

    /** The key's value, or the mapping itself when the key is missing (a finding about it points there). */
    private static YNode at(YMap map, String key) {
        YNode value = map.get(key);
        return value == null ? map : value;
    }

    /** IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, GA in 1.34). */
    static boolean relaxedEnvVarName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static void volumeMounts(YMap container, String p, Set<String> volumes, TreeFindings out) {
        List<YNode> mounts = TreeFindings.items(container, "volumeMounts");
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < mounts.size(); i++) {
            if (!(mounts.get(i) instanceof YMap m)) {
                continue;
            }
            String mp = p + ".volumeMounts[" + i + "]";
            String name = TreeFindings.string(m, "name");
            if (name == null || name.isEmpty()) {
                out.required("InvalidVolumeMount", mp + ".name", at(m, "name"), "");
            } else if (!volumes.contains(name)) {
                out.notFound("InvalidVolumeMount", mp + ".name", name, m.get("name"));
            }
            String path = TreeFindings.string(m, "mountPath");
            if (path == null || path.isEmpty()) {
                out.required("InvalidVolumeMount", mp + ".mountPath", at(m, "mountPath"), "");
            } else if (!paths.add(path)) {
                out.invalid("InvalidVolumeMount", mp + ".mountPath", path, "must be unique", m.get("mountPath"));
            }
        }
    }

    private static void resources(YMap resources, String p, TreeFindings out) {
        YMap limits = TreeFindings.map(resources, "limits");
        YMap requests = TreeFindings.map(resources, "requests");
        nonNegative(limits, p + ".limits", out);
        nonNegative(requests, p + ".requests", out);
        if (limits == null || requests == null) {
            return;
        }
        for (YEntry request : requests.entries()) {
            YEntry limit = limits.entry(request.key());
            BigDecimal requested = quantity(request.value());
            BigDecimal limited = limit == null ? null : quantity(limit.value());
            if (requested == null || limited == null) {
                continue;
            }
            String shownRequest = ((YScalar) request.value()).text();
            String detail = null;
            if (!overcommitAllowed(request.key()) && requested.compareTo(limited) != 0) {
                detail = "must be equal to " + request.key() + " limit of " + ((YScalar) limit.value()).text();
            } else if (requested.compareTo(limited) > 0) {
                detail = "must be less than or equal to " + request.key() + " limit of " + ((YScalar) limit.value()).text();
            }
            if (detail != null) {
                out.invalid("InvalidResources", p + ".requests", shownRequest, detail, request.value());
            }
        }
    }

    private static void nonNegative(YMap quantities, String p, TreeFindings out) {
        if (quantities == null) {
            return;
        }
        for (YEntry e : quantities.entries()) {
            BigDecimal q = quantity(e.value());
            if (q != null && q.signum() < 0) {
                out.invalid("InvalidResources", p + "[" + e.key() + "]", ((YScalar) e.value()).text(),
                        NonNegativeFieldsRule.MESSAGE, e.value());
            }
        }
    }

    /** helper.IsOvercommitAllowed: native resources (no domain, or kubernetes.io/) other than huge pages. */
    private static boolean overcommitAllowed(String resource) {
        boolean nativeResource = !resource.contains("/") || resource.startsWith("kubernetes.io/");
        return nativeResource && !resource.startsWith("hugepages-");
    }

    /** A quantity's value; null when absent or malformed (the schema check reports those). */
    private static BigDecimal quantity(YNode node) {
        if (!(node instanceof YScalar s) || s.value() == null || s.value() instanceof Boolean) {
            return null;
        }
        try {
            return Quantities.parse(s.value() instanceof String text ? text : s.text());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
