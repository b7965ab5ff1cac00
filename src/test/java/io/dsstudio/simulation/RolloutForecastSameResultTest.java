package io.dsstudio.simulation;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast re-plans incrementally, gathers waves as it goes and reads the pods once for every DaemonSet: on seeded
 * generated clusters with template changes, surging and unavailable-first strategies, minReadySeconds and nodes or
 * pods gone unready, it gives exactly the forecasts of the first implementation ({@link RolloutForecastReference}).
 */
class RolloutForecastSameResultTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Pattern IMAGE = Pattern.compile("(image: \\S+)");
    private static final Pattern GENERATION = Pattern.compile("template\\.generation: \"(\\d+)\"");
    private static final Pattern STRATEGY = Pattern.compile("maxUnavailable: 10%\n(\\s+)maxSurge: 0");
    private static final Pattern READY = Pattern.compile("type: Ready\n(\\s+)status: \"True\"");
    private static final Pattern UPDATE_STRATEGY = Pattern.compile("\n  updateStrategy:");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theForecastsAreThoseOfTheFirstImplementation(long seed) {
        Snapshot snapshot = cluster(seed);
        Duration podStart = seed % 3 == 0 ? Duration.ofSeconds(20) : null;
        List<RolloutForecast.DaemonSetForecast> expected = RolloutForecastReference.of(snapshot, NOW, podStart);

        List<RolloutForecast.DaemonSetForecast> actual = RolloutForecast.of(snapshot, NOW, podStart);

        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSeededClustersRollInWavesAndBlock() {
        List<RolloutForecast.DaemonSetForecast> all = seeds().boxed()
                .flatMap(seed -> RolloutForecast.of(cluster(seed), NOW, null).stream()).toList();

        assertThat(all).anySatisfy(f -> assertThat(f.blocked()).isTrue());
        assertThat(all).anySatisfy(f -> assertThat(f.waves()).hasSizeGreaterThan(2));
        assertThat(all).anySatisfy(f -> assertThat(f.blocked()).isFalse());
        assertThat(all).anySatisfy(f -> assertThat(f.estimatedDuration()).isGreaterThan(f.podStart().multipliedBy(f.waves().size())));
    }

    /** A generated cluster with, chosen by the seed, changed images, strategies, minReadySeconds and unready objects. */
    static Snapshot cluster(long seed) {
        Random random = new Random(seed);
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(40 + random.nextInt(80), 4 + random.nextInt(6),
                seed, GeneratorOptions.DEFAULT_TIME));
        yaml = changedTemplates(yaml, random);
        yaml = replace(yaml, STRATEGY, random, 0.5, m -> random.nextBoolean()
                ? "maxUnavailable: 0\n" + m.group(1) + "maxSurge: " + (random.nextBoolean() ? "25%" : "2")
                : "maxUnavailable: " + (1 + random.nextInt(3)) + "\n" + m.group(1) + "maxSurge: 0");
        yaml = replace(yaml, READY, random, 0.04, m -> "type: Ready\n" + m.group(1) + "status: " + (random.nextBoolean() ? "Unknown" : "\"False\""));
        yaml = replace(yaml, UPDATE_STRATEGY, random, 0.3, m -> "\n  minReadySeconds: " + (1 + random.nextInt(20)) + "\n  updateStrategy:");
        return new SnapshotLoader().loadText("generated-" + seed + ".yaml", yaml).snapshot();
    }

    /** About half the DaemonSets get a new image at the next template generation: their pods are out of date. */
    private static String changedTemplates(String yaml, Random random) {
        StringBuilder out = new StringBuilder();
        for (String document : yaml.split("\n---\n", -1)) {
            if (document.contains("kind: DaemonSet") && random.nextBoolean()) {
                Matcher generation = GENERATION.matcher(document);
                int next = generation.find() ? Integer.parseInt(generation.group(1)) + 1 : 2;
                document = IMAGE.matcher(GENERATION.matcher(document).replaceFirst("template.generation: \"" + next + "\""))
                        .replaceAll("$1-next");
            }
            out.append(out.isEmpty() ? "" : "\n---\n").append(document);
        }
        return out.toString();
    }

    private static String replace(String text, Pattern pattern, Random random, double chance,
                                  java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(random.nextDouble() < chance ? replacement.apply(m) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
