package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static io.dsstudio.yaml.ManifestEditorTest.map;
import static org.assertj.core.api.Assertions.assertThat;

class ManifestRendererTest {
    @Test
    void renderWritesKubectlStyle() {
        Map<String, Object> pod = map(
                "apiVersion", "v1",
                "kind", "Pod",
                "metadata", map("name", "exporter-x7k2p", "namespace", "monitoring",
                        "labels", map("app.kubernetes.io/name", "exporter", "pod-template-generation", "3"),
                        "annotations", map()),
                "spec", map(
                        "nodeName", "node-1",
                        "tolerations", List.of(map("operator", "Exists"), map("key", "dedicated", "value", "true", "effect", "NoSchedule")),
                        "containers", List.of(map("name", "c", "image", "quay.io/x:v1", "args", List.of("--a=1", "-b"),
                                "ports", List.of())),
                        "hostNetwork", true,
                        "priority", 2000001000L,
                        "schedulerName", null,
                        "script", "#!/bin/sh\necho hi\n"));

        assertThat(new ManifestRenderer().render(pod)).isEqualTo("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: exporter-x7k2p
                  namespace: monitoring
                  labels:
                    app.kubernetes.io/name: exporter
                    pod-template-generation: "3"
                  annotations: {}
                spec:
                  nodeName: node-1
                  tolerations:
                  - operator: Exists
                  - key: dedicated
                    value: "true"
                    effect: NoSchedule
                  containers:
                  - name: c
                    image: quay.io/x:v1
                    args:
                    - --a=1
                    - -b
                    ports: []
                  hostNetwork: true
                  priority: 2000001000
                  schedulerName: null
                  script: |
                    #!/bin/sh
                    echo hi
                """);
        assertThat(new ManifestRenderer("\r\n").render(map("a", List.of("x"))))
                .isEqualTo("a:\r\n- x\r\n");
    }

    @Test
    void renderJsonWritesPrettyJson() {
        assertThat(new ManifestRenderer().renderJson(map("kind", "Node", "metadata", map("name", "a", "labels", map()),
                "spec", map("taints", List.of(map("key", "k"))))))
                .isEqualTo("""
                        {
                          "kind": "Node",
                          "metadata": {
                            "name": "a",
                            "labels": {}
                          },
                          "spec": {
                            "taints": [
                              {
                                "key": "k"
                              }
                            ]
                          }
                        }
                        """);
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** Whatever tree goes in comes back out of the reader, in YAML and JSON. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void renderedTreeReadsBackEqual(long seed) {
        Random random = new Random(seed);
        Map<String, Object> object = map("apiVersion", "v1", "kind", "ConfigMap", "metadata", map("name", "r" + seed));
        for (int i = 0; i < 6; i++) {
            object.put(randomString(random), randomValue(random, 0));
        }

        Object yaml = new ManifestReader().readText("r.yaml", new ManifestRenderer().render(object)).objects().get(0).root().toPlain();
        Object json = new ManifestReader().readText("r.json", new ManifestRenderer().renderJson(object)).objects().get(0).root().toPlain();

        assertThat(yaml).isEqualTo(object);
        assertThat(json).isEqualTo(object);
    }

    private static Object randomValue(Random random, int depth) {
        int pick = random.nextInt(depth > 3 ? 5 : 8);
        return switch (pick) {
            case 0 -> randomString(random);
            case 1 -> random.nextLong() >> random.nextInt(64);
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> random.nextInt(1000) / 8.0;
            case 5 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(randomString(random), randomValue(random, depth + 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static final String[] TRICKY = {"true", "yes", "on", "y", "N", "null", "~", "0644", "0x1F", "1.0", "1e3", "-",
            "- a", "a: b", "a #b", "#c", "'q'", "\"d\"", "[x]", "{y}", "*z", "&w", "!t", "%p", "@a", "`b", ">", "|", "? k",
            " lead", "trail ", "", "two\nlines", "end\n", "tab\there", "\u00e9t\u00e9", "\uD83D\uDE80", "2024-05-01",
            "12:30", "10%", "250m", "--flag=1", "a,b", "key:", "---", "...", "\\back", "\r\n", "=", "<<"};

    private static String randomString(Random random) {
        if (random.nextInt(3) == 0) {
            return TRICKY[random.nextInt(TRICKY.length)];
        }
        StringBuilder out = new StringBuilder();
        String alphabet = "abcXYZ019-_./: #'\"\n\t,[]{}";
        for (int i = random.nextInt(12); i >= 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
