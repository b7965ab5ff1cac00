package io.dsstudio.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts a Pod computes when it is built agree with their definitions over its fields. */
class PodTest {
    private static final String[] GENERATIONS = {"1", "2", "02", "-0", "-3", "+3", "", "x", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "00", "0", " 2"};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void derivedFactsMatchTheirDefinitions(long seed) {
        Random random = new Random(seed);
        Map<String, String> labels = new HashMap<>();
        if (random.nextBoolean()) {
            labels.put(Pod.TEMPLATE_GENERATION_LABEL, GENERATIONS[random.nextInt(GENERATIONS.length)]);
        }
        if (random.nextBoolean()) {
            labels.put(Pod.REVISION_HASH_LABEL, "h" + random.nextInt(3));
        }
        List<OwnerReference> owners = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            owners.add(new OwnerReference("apps/v1", "DaemonSet", "ds", random.nextInt(4) == 0 ? null : "uid-" + random.nextInt(3),
                    random.nextBoolean()));
        }
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<PodCondition> conditions = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            Instant since = random.nextInt(5) == 0 ? null : t0.plusSeconds(random.nextInt(100)).plusNanos(random.nextInt(3) * 500_000_000L);
            conditions.add(new PodCondition(random.nextBoolean() ? "Ready" : "ContainersReady",
                    random.nextBoolean() ? "True" : "False", since));
        }
        String phase = new String[]{"Running", "Failed", "Succeeded", "Pending", null}[random.nextInt(5)];
        ObjectMeta meta = new ObjectMeta("p", "ns", "u", labels, Map.of(), owners, t0,
                random.nextInt(4) == 0 ? t0 : null, null);
        Pod pod = new Pod(meta, PodSpec.empty().withNodeName(random.nextBoolean() ? "node-1" : ""), phase, conditions);

        OwnerReference controller = meta.controllerRef().orElse(null);
        assertThat(pod.controllerUid()).isEqualTo(controller == null ? null : controller.uid() == null ? "" : controller.uid());
        PodCondition ready = conditions.stream().filter(c -> "Ready".equals(c.type())).findFirst().orElse(null);
        assertThat(pod.readyCondition()).isSameAs(ready);
        assertThat(pod.isReady()).isEqualTo(ready != null && "True".equals(ready.status()));
        for (int minReady : new int[]{0, 1, 10, 50, 99, 100}) {
            for (int at = 0; at < 120; at += 7) {
                Instant now = t0.plusSeconds(at).plusNanos(random.nextInt(3) * 500_000_000L);
                boolean expected = pod.isReady() && (minReady == 0
                        || ready.lastTransitionTime() != null && ready.lastTransitionTime().plusSeconds(minReady).isBefore(now));
                assertThat(pod.isAvailable(minReady, now)).as("minReady %d at %s", minReady, now).isEqualTo(expected);
            }
        }
        for (long generation : new long[]{0, 1, 2, 3, -3, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(pod.hasTemplateGeneration(generation)).as("generation %d", generation)
                    .isEqualTo(Long.toString(generation).equals(labels.get(Pod.TEMPLATE_GENERATION_LABEL)));
        }
        assertThat(pod.revisionHash()).isEqualTo(labels.get(Pod.REVISION_HASH_LABEL));
        assertThat(pod.isBeingDeleted()).isEqualTo(meta.isBeingDeleted());
        assertThat(pod.isTerminal()).isEqualTo("Failed".equals(phase) || "Succeeded".equals(phase));
        assertThat(pod.targetNodeName()).isEqualTo(pod.spec().nodeName().isEmpty() ? null : "node-1");
        assertThat(pod).isEqualTo(new Pod(meta, pod.spec(), phase, conditions));
        assertThat(pod.hashCode()).isEqualTo(new Pod(meta, pod.spec(), phase, conditions).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"metadata.name", "metadata.namespace"})
    void targetNodeNameReadsMatchFieldsWithoutNodeName(String field) {
        NodeAffinity affinity = NodeAffinity.required(List.of(new NodeSelectorTerm(List.of(),
                List.of(new NodeSelectorRequirement(field, "In", List.of("node-7"))))));
        Pod pod = new Pod(ObjectMeta.named("ns", "p"), PodSpec.empty().withAffinity(affinity), "Pending", List.of());
        assertThat(pod.targetNodeName()).isEqualTo(field.equals("metadata.name") ? "node-7" : null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void isAvailableNearTheLargestInstantAgreesWithInstant(int minReady) {
        Instant since = Instant.MAX.minusSeconds(5);
        Pod pod = new Pod(ObjectMeta.named("ns", "p"), PodSpec.empty(), "Running",
                List.of(new PodCondition("Ready", "True", since)));
        boolean expected;
        try {
            expected = since.plusSeconds(minReady).isBefore(Instant.MAX);
        } catch (java.time.DateTimeException overflow) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> pod.isAvailable(minReady, Instant.MAX)))
                    .isInstanceOf(java.time.DateTimeException.class);
            return;
        }
        assertThat(pod.isAvailable(minReady, Instant.MAX)).isEqualTo(expected);
    }
}
