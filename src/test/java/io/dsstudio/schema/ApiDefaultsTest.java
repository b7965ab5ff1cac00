package io.dsstudio.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDefaultsTest {
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> daemonSet(String apiVersion, Map<String, Object> container) {
        return map("apiVersion", apiVersion, "kind", "DaemonSet", "metadata", map("name", "a"),
                "spec", map("template", map("metadata", map("labels", map("app", "a")),
                        "spec", map("containers", new java.util.ArrayList<>(List.of(container))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void appsV1DaemonSetAndPodSpecDefaults() {
        Map<String, Object> original = daemonSet("apps/v1", map("name", "c", "image", "busybox:1.36",
                "ports", new java.util.ArrayList<>(List.of(map("containerPort", 9100L))),
                "readinessProbe", map("httpGet", map("port", 9100L))));
        Map<String, Object> ds = ApiDefaults.daemonSet(original);
        Map<String, Object> spec = (Map<String, Object>) ds.get("spec");
        assertThat(spec.get("updateStrategy")).isEqualTo(map("type", "RollingUpdate",
                "rollingUpdate", map("maxUnavailable", 1L, "maxSurge", 0L)));
        assertThat(spec.get("revisionHistoryLimit")).isEqualTo(10L);
        assertThat(spec).doesNotContainKey("selector");     // apps/v1 never defaults the selector
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
        assertThat(pod).containsEntry("dnsPolicy", "ClusterFirst").containsEntry("restartPolicy", "Always")
                .containsEntry("schedulerName", "default-scheduler").containsEntry("terminationGracePeriodSeconds", 30L)
                .containsEntry("securityContext", Map.of());
        Map<String, Object> c = (Map<String, Object>) ((List<Object>) pod.get("containers")).get(0);
        assertThat(c).containsEntry("imagePullPolicy", "IfNotPresent").containsEntry("terminationMessagePath", "/dev/termination-log")
                .containsEntry("terminationMessagePolicy", "File");
        assertThat(((List<Map<String, Object>>) c.get("ports")).get(0)).containsEntry("protocol", "TCP").doesNotContainKey("hostPort");
        assertThat((Map<String, Object>) c.get("readinessProbe")).containsEntry("timeoutSeconds", 1L).containsEntry("periodSeconds", 10L)
                .containsEntry("successThreshold", 1L).containsEntry("failureThreshold", 3L);
        assertThat((Map<String, Object>) ((Map<String, Object>) c.get("readinessProbe")).get("httpGet"))
                .containsEntry("path", "/").containsEntry("scheme", "HTTP");
        assertThat(original.get("spec")).as("the input is not changed").isEqualTo(daemonSet("apps/v1", map("name", "c",
                "image", "busybox:1.36", "ports", List.of(map("containerPort", 9100L)),
                "readinessProbe", map("httpGet", map("port", 9100L)))).get("spec"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void extensionsV1beta1DefaultsToOnDeleteAndTheSelectorFromTheTemplate() {
        Map<String, Object> ds = ApiDefaults.daemonSet(daemonSet("extensions/v1beta1", map("name", "c", "image", "x")));
        Map<String, Object> spec = (Map<String, Object>) ds.get("spec");
        assertThat(spec.get("updateStrategy")).isEqualTo(map("type", "OnDelete"));
        assertThat(spec.get("selector")).isEqualTo(map("matchLabels", map("app", "a")));
        assertThat(((Map<String, Object>) ds.get("metadata")).get("labels")).isEqualTo(map("app", "a"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostNetworkCopiesContainerPortsToHostPorts() {
        Map<String, Object> ds = daemonSet("apps/v1", map("name", "c", "image", "x:1",
                "ports", new java.util.ArrayList<>(List.of(map("containerPort", 9100L)))));
        ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ds.get("spec")).get("template")).get("spec")).put("hostNetwork", true);
        Map<String, Object> out = ApiDefaults.daemonSet(ds);
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) out.get("spec")).get("template")).get("spec");
        Map<String, Object> port = ((List<Map<String, Object>>) ((List<Map<String, Object>>) pod.get("containers")).get(0).get("ports")).get(0);
        assertThat(port).containsEntry("hostPort", 9100L);
    }

    /** docker ParseImageName as SetDefaults_Container reads it: no tag and no digest means latest. */
    @ParameterizedTest
    @CsvSource({
            "nginx, latest",
            "nginx:latest, latest",
            "nginx:1.27, 1.27",
            "registry.example:5000/nginx, latest",
            "registry.example:5000/nginx:2, 2",
            "nginx@sha256:0123, ''",
            "nginx:1.27@sha256:0123, 1.27",
    })
    void imageTags(String image, String tag) {
        assertThat(ApiDefaults.imageTag(image)).isEqualTo(tag);
    }

    @ParameterizedTest
    @CsvSource({
            "100m, 0.1, true",
            "1Gi, 1073741824, true",
            "1G, 1000000000, true",
            "1k, 1e3, true",
            "512Mi, 0.5Gi, true",
            "100m, 200m, false",
            "1Gi, 1G, false",
    })
    void quantitiesCompareByValue(String a, String b, boolean equal) {
        assertThat(SemanticEquality.equal(map("requests", map("cpu", a)), map("requests", map("cpu", b)))).isEqualTo(equal);
    }

    @Test
    void quantityFormsCountOnlyUnderQuantityFields() {
        assertThat(SemanticEquality.equal(map("image", "1k"), map("image", "1000"))).isFalse();
        assertThat(SemanticEquality.equal(map("a", List.of(), "b", Map.of(), "c", false), map())).isTrue();
    }
}
