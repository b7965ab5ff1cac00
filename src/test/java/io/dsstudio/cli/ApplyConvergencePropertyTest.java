package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dsstudio.domain.Pod;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over seeded random clusters (generated, then given minReadySeconds, template changes, orphans and terminating
 * pods): {@code apply --until-converged} leaves a snapshot that {@code plan} finds nothing to do in, with the status
 * {@code updateDaemonSetStatus} computes; orphan, recreate, then delete leaves no pod of that DaemonSet.
 */
class ApplyConvergencePropertyTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String START = "2026-01-05T09:00:00Z";
    private static final String LATER = "2026-01-09T09:00:00Z";
    private static final List<String> STATUS_FIELDS = List.of("desiredNumberScheduled", "currentNumberScheduled",
            "numberMisscheduled", "numberReady", "updatedNumberScheduled", "numberAvailable", "numberUnavailable");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 42, 99, 2026})
    void applyUntilConvergedLeavesNothingToDoAndTheComputedStatus(long seed, @TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("cluster.yaml");
        assertThat(run("generate", "--nodes", "24", "--daemonsets", "6", "--seed", Long.toString(seed), "--out",
                cluster.toString()).code()).isZero();
        Files.writeString(cluster, mutate(Files.readString(cluster), new Random(seed)));

        Path out = dir.resolve("out.yaml");
        PlanCommandTest.Run applied = run("apply", "--until-converged", "-o", "json", "--now", START, "--out", out.toString(),
                cluster.toString());
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.json().get("converged").asBoolean()).isTrue();

        PlanCommandTest.Run plan = run("plan", "-o", "json", "--now", LATER, out.toString());
        Map<String, Map<String, Object>> written = daemonSetDocs(Files.readString(out));
        for (JsonNode ds : plan.json().get("daemonSets")) {
            String key = ds.get("namespace").asText() + "/" + ds.get("name").asText();
            assertThat(ds.get("actions")).as("actions of %s after convergence", key).isEmpty();
            Map<String, Object> doc = written.get(key);
            @SuppressWarnings("unchecked")
            Map<String, Object> status = (Map<String, Object>) doc.get("status");
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) doc.get("metadata");
            for (String field : STATUS_FIELDS) {
                Number value = (Number) status.getOrDefault(field, 0);
                assertThat(value.intValue()).as("%s status.%s", key, field).isEqualTo(ds.get(field).asInt());
            }
            assertThat(((Number) status.get("observedGeneration")).longValue()).as(key)
                    .isEqualTo(((Number) metadata.get("generation")).longValue());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 23})
    void orphanRecreateThenDeleteLeavesNoPodOfTheDaemonSet(long seed, @TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("cluster.yaml");
        assertThat(run("generate", "--nodes", "20", "--daemonsets", "4", "--seed", Long.toString(seed), "--out",
                cluster.toString()).code()).isZero();
        Path converged = dir.resolve("converged.yaml");
        assertThat(run("apply", "--until-converged", "--now", START, "--out", converged.toString(), cluster.toString()).code()).isZero();
        Map<String, Object> target = daemonSetDocs(Files.readString(converged)).values().iterator().next();
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) target.get("metadata");
        String key = meta.get("namespace") + "/" + meta.get("name");

        Path orphaned = dir.resolve("orphaned.yaml");
        PlanCommandTest.Run orphan = run("delete", "--cascade=orphan", key, "--out", orphaned.toString(), converged.toString());
        assertThat(orphan.code()).as(orphan.err()).isZero();
        long orphans = podsMatching(orphaned, meta).size();
        assertThat(orphans).isPositive();

        // the DaemonSet created again from its manifest: no uid, generation or status (the API server gives them)
        Map<String, Object> manifest = new LinkedHashMap<>(target);
        Map<String, Object> newMeta = new LinkedHashMap<>(meta);
        newMeta.remove("uid");
        newMeta.remove("generation");
        manifest.put("metadata", newMeta);
        manifest.remove("status");
        Path recreated = dir.resolve("recreated");
        Files.createDirectories(recreated);
        Files.copy(orphaned, recreated.resolve("cluster.yaml"));
        Files.writeString(recreated.resolve("ds.yaml"), YAML.writeValueAsString(manifest));
        Path adopted = dir.resolve("adopted.yaml");
        assertThat(run("apply", "--until-converged", "--now", LATER, "--out", adopted.toString(), recreated.toString()).code()).isZero();
        assertThat(podsMatching(adopted, meta)).hasSize((int) orphans)
                .allSatisfy(p -> assertThat(p.meta().ownerReferences()).singleElement()
                        .satisfies(r -> assertThat(r.controller() && Boolean.TRUE.equals(r.blockOwnerDeletion())).isTrue()));

        Path deleted = dir.resolve("deleted.yaml");
        assertThat(run("delete", key, "--out", deleted.toString(), adopted.toString()).code()).isZero();
        assertThat(podsMatching(deleted, meta)).isEmpty();
    }

    private static List<Pod> podsMatching(Path file, Map<String, Object> dsMeta) throws Exception {
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));
        @SuppressWarnings("unchecked")
        Map<String, Object> labels = (Map<String, Object>) dsMeta.get("labels");
        return loaded.snapshot().pods().stream()
                .filter(p -> p.namespace().equals(dsMeta.get("namespace")))
                .filter(p -> labels.entrySet().stream().allMatch(e -> e.getValue().equals(p.labels().get(e.getKey()))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String mutate(String yaml, Random random) throws Exception {
        List<Map<String, Object>> docs = documents(yaml);
        for (Map<String, Object> doc : docs) {
            Map<String, Object> meta = (Map<String, Object>) doc.get("metadata");
            if ("DaemonSet".equals(doc.get("kind"))) {
                Map<String, Object> spec = (Map<String, Object>) doc.get("spec");
                if (random.nextInt(2) == 0) {
                    spec.put("minReadySeconds", 5 + random.nextInt(60));
                }
                if (random.nextInt(3) == 0) {       // a template change the API server recorded
                    Map<String, Object> annotations = (Map<String, Object>) meta.get("annotations");
                    long generation = Long.parseLong((String) annotations.get("deprecated.daemonset.template.generation")) + 1;
                    annotations.put("deprecated.daemonset.template.generation", Long.toString(generation));
                    meta.put("generation", ((Number) meta.get("generation")).longValue() + 1);
                    Map<String, Object> podSpec = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
                    ((Map<String, Object>) ((List<Object>) podSpec.get("containers")).get(0)).put("image", "example.com/next:" + generation);
                }
            } else if ("Pod".equals(doc.get("kind"))) {
                int roll = random.nextInt(20);
                if (roll == 0) {
                    meta.remove("ownerReferences");
                } else if (roll == 1) {
                    meta.put("deletionTimestamp", "2026-01-05T08:59:00Z");
                }
            }
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = YAML.writer().writeValues(out)) {
            writer.writeAll(docs);
        }
        return out.toString();
    }

    private static List<Map<String, Object>> documents(String yaml) throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> it = YAML.readerForMapOf(Object.class).readValues(yaml)) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                if (doc != null) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> daemonSetDocs(String yaml) throws Exception {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> doc : documents(yaml)) {
            if ("DaemonSet".equals(doc.get("kind"))) {
                Map<String, Object> meta = (Map<String, Object>) doc.get("metadata");
                out.put(meta.get("namespace") + "/" + meta.get("name"), doc);
            }
        }
        return out;
    }
}
