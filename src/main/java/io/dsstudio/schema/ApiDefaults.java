package io.dsstudio.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API server's defaulting of a DaemonSet and its pod template, on plain trees (maps, lists, scalars):
 * upstream {@code pkg/apis/apps/v1/defaults.go} SetDefaults_DaemonSet (extensions/v1beta1: its own
 * SetDefaults_DaemonSet) and {@code pkg/apis/core/v1/defaults.go} SetDefaults_PodSpec, _Container, _ContainerPort,
 * _Probe, _HTTPGetAction, _Volume and the volume sources' defaultMode, _ObjectFieldSelector,
 * _ServiceAccountTokenProjection. Returns a defaulted deep copy; the input is not changed.
 */
public final class ApiDefaults {
    /** v1.DefaultTerminationGracePeriodSeconds. */
    public static final long TERMINATION_GRACE_PERIOD_SECONDS = 30;
    /** The defaultMode of secret, configMap, downwardAPI and projected volumes (0644). */
    public static final long VOLUME_DEFAULT_MODE = 0644;

    private ApiDefaults() {
    }

    /** A whole DaemonSet object (apiVersion, metadata, spec) with its spec defaulted for its apiVersion. */
    public static Map<String, Object> daemonSet(Map<String, Object> object) {
        Map<String, Object> out = deepCopy(object);
        boolean extensions = "extensions/v1beta1".equals(out.get("apiVersion"));
        Map<String, Object> spec = child(out, "spec");
        Map<String, Object> template = child(spec, "template");
        Map<String, Object> templateMeta = map(template.get("metadata"));
        if (extensions && templateMeta != null && templateMeta.get("labels") instanceof Map<?, ?> labels && !labels.isEmpty()) {
            // extensions/v1beta1 SetDefaults_DaemonSet: selector and labels from the template labels
            if (spec.get("selector") == null) {
                spec.put("selector", new LinkedHashMap<>(Map.of("matchLabels", deepCopy(labels))));
            }
            Map<String, Object> meta = child(out, "metadata");
            if (!(meta.get("labels") instanceof Map<?, ?> own) || own.isEmpty()) {
                meta.put("labels", deepCopy(labels));
            }
        }
        Map<String, Object> strategy = child(spec, "updateStrategy");
        if (isUnset(strategy.get("type"))) {
            strategy.put("type", extensions ? "OnDelete" : "RollingUpdate");
        }
        if ("RollingUpdate".equals(strategy.get("type"))) {
            Map<String, Object> rolling = child(strategy, "rollingUpdate");
            if (rolling.get("maxUnavailable") == null) {
                rolling.put("maxUnavailable", 1L);
            }
            if (rolling.get("maxSurge") == null) {
                rolling.put("maxSurge", 0L);
            }
        }
        if (spec.get("revisionHistoryLimit") == null) {
            spec.put("revisionHistoryLimit", 10L);
        }
        Map<String, Object> podSpec = child(template, "spec");
        podSpec(podSpec);
        return out;
    }

    /** A pod template's spec defaulted in place (SetDefaults_PodSpec and what it reaches). */
    @SuppressWarnings("unchecked")
    public static void podSpec(Map<String, Object> spec) {
        putIfUnset(spec, "dnsPolicy", "ClusterFirst");
        putIfUnset(spec, "restartPolicy", "Always");
        if (spec.get("securityContext") == null) {
            spec.put("securityContext", new LinkedHashMap<>());
        }
        if (spec.get("terminationGracePeriodSeconds") == null) {
            spec.put("terminationGracePeriodSeconds", TERMINATION_GRACE_PERIOD_SECONDS);
        }
        putIfUnset(spec, "schedulerName", "default-scheduler");
        boolean hostNetwork = Boolean.TRUE.equals(spec.get("hostNetwork"));
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            if (spec.get(list) instanceof List<?> containers) {
                for (Object c : containers) {
                    if (c instanceof Map<?, ?> container) {
                        container((Map<String, Object>) container, hostNetwork && !"ephemeralContainers".equals(list));
                    }
                }
            }
        }
        if (spec.get("volumes") instanceof List<?> volumes) {
            for (Object v : volumes) {
                if (v instanceof Map<?, ?> volume) {
                    volume((Map<String, Object>) volume);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void container(Map<String, Object> c, boolean hostNetwork) {
        if (isUnset(c.get("imagePullPolicy"))) {
            c.put("imagePullPolicy", "latest".equals(imageTag(c.get("image"))) ? "Always" : "IfNotPresent");
        }
        putIfUnset(c, "terminationMessagePath", "/dev/termination-log");
        putIfUnset(c, "terminationMessagePolicy", "File");
        if (c.get("ports") instanceof List<?> ports) {
            for (Object p : ports) {
                if (p instanceof Map<?, ?> port) {
                    Map<String, Object> m = (Map<String, Object>) port;
                    putIfUnset(m, "protocol", "TCP");
                    if (hostNetwork && isZero(m.get("hostPort")) && m.get("containerPort") != null) {
                        m.put("hostPort", m.get("containerPort"));      // defaultHostNetworkPorts
                    }
                }
            }
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (c.get(probe) instanceof Map<?, ?> p) {
                probe((Map<String, Object>) p);
            }
        }
        if (c.get("lifecycle") instanceof Map<?, ?> lifecycle) {
            for (Object hook : lifecycle.values()) {
                if (hook instanceof Map<?, ?> h && h.get("httpGet") instanceof Map<?, ?> get) {
                    httpGet((Map<String, Object>) get);
                }
            }
        }
        if (c.get("env") instanceof List<?> env) {
            for (Object e : env) {
                if (e instanceof Map<?, ?> var && var.get("valueFrom") instanceof Map<?, ?> from
                        && from.get("fieldRef") instanceof Map<?, ?> ref) {
                    putIfUnset((Map<String, Object>) ref, "apiVersion", "v1");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void probe(Map<String, Object> p) {
        putIfZero(p, "timeoutSeconds", 1L);
        putIfZero(p, "periodSeconds", 10L);
        putIfZero(p, "successThreshold", 1L);
        putIfZero(p, "failureThreshold", 3L);
        if (p.get("httpGet") instanceof Map<?, ?> get) {
            httpGet((Map<String, Object>) get);
        }
    }

    private static void httpGet(Map<String, Object> get) {
        putIfUnset(get, "path", "/");
        putIfUnset(get, "scheme", "HTTP");
    }

    @SuppressWarnings("unchecked")
    private static void volume(Map<String, Object> v) {
        boolean hasSource = v.keySet().stream().anyMatch(k -> !"name".equals(k));
        if (!hasSource) {
            v.put("emptyDir", new LinkedHashMap<>());     // SetDefaults_Volume
            return;
        }
        for (String source : List.of("secret", "configMap", "downwardAPI", "projected")) {
            if (v.get(source) instanceof Map<?, ?> s && ((Map<String, Object>) s).get("defaultMode") == null) {
                ((Map<String, Object>) s).put("defaultMode", VOLUME_DEFAULT_MODE);
            }
        }
        if (v.get("hostPath") instanceof Map<?, ?> hostPath && hostPath.get("type") == null) {
            ((Map<String, Object>) hostPath).put("type", "");
        }
        if (v.get("projected") instanceof Map<?, ?> projected && projected.get("sources") instanceof List<?> sources) {
            for (Object s : sources) {
                if (s instanceof Map<?, ?> src && src.get("serviceAccountToken") instanceof Map<?, ?> token
                        && token.get("expirationSeconds") == null) {
                    ((Map<String, Object>) token).put("expirationSeconds", 3600L);
                }
            }
        }
    }

    /**
     * The tag of an image reference as docker's ParseImageName sees it: "latest" when there is neither a tag nor a
     * digest, else the tag ("" for a digest without a tag).
     */
    static String imageTag(Object image) {
        if (!(image instanceof String ref) || ref.isEmpty()) {
            return "latest";
        }
        String name = ref;
        boolean digest = false;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
            digest = true;
        }
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            return name.substring(colon + 1);
        }
        return digest ? "" : "latest";
    }

    private static boolean isUnset(Object value) {
        return value == null || "".equals(value);
    }

    private static boolean isZero(Object value) {
        return value == null || value instanceof Number n && n.longValue() == 0;
    }

    private static void putIfUnset(Map<String, Object> m, String key, Object value) {
        if (isUnset(m.get(key))) {
            m.put(key, value);
        }
    }

    private static void putIfZero(Map<String, Object> m, String key, Object value) {
        if (isZero(m.get(key))) {
            m.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** The map at {@code key}, created when missing (defaulting fills struct-typed fields). */
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        Map<String, Object> existing = map(parent.get(key));
        if (existing != null) {
            return existing;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    /** A copy made of mutable maps and lists, so defaulting never touches the caller's tree. */
    @SuppressWarnings("unchecked")
    public static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(deepCopy(v)));
            return (T) out;
        }
        return value;
    }
}
