package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents read while the text is still being split ({@link SplitReads}) come back as the splitter finds them, in
 * file order, each read once, with any number of helper threads.
 */
class SplitReadsTest {
    static Stream<Arguments> texts() {
        return IntStream.range(0, 40).boxed().flatMap(seed -> Stream.of(0, 1, 3).map(helpers -> Arguments.of(seed, helpers)));
    }

    @ParameterizedTest(name = "seed {0}, {1} helpers")
    @MethodSource("texts")
    void answersAreTheSplittersDocumentsInFileOrderEachReadOnce(int seed, int helpers) {
        String text = randomStream(new Random(seed));
        AtomicInteger reads = new AtomicInteger();

        List<DocumentSplitter.Chunk> read = SplitReads.read(text, chunk -> {
            reads.incrementAndGet();
            return chunk;
        }, helpers);

        List<DocumentSplitter.Chunk> split = DocumentSplitter.split(text);
        assertThat(read).isEqualTo(split);
        assertThat(reads.get()).isEqualTo(split.size());
    }

    @Test
    void theStreamedSplitFindsWhatTheListedSplitFinds() {
        for (int seed = 0; seed < 200; seed++) {
            String text = randomStream(new Random(seed));
            List<DocumentSplitter.Chunk> streamed = new ArrayList<>();
            DocumentSplitter.split(text, streamed::add);
            assertThat(streamed).as("seed %d", seed).isEqualTo(DocumentSplitter.split(text));
        }
    }

    @Test
    void helpersReadBatchesOfTheLargeFileToo() {
        String text = "a: 1\n---\n".repeat(SplitReads.BATCH * 50);
        Set<Thread> readers = ConcurrentHashMap.newKeySet();

        List<Integer> lengths = SplitReads.read(text, chunk -> {
            readers.add(Thread.currentThread());
            return chunk.length();
        }, 2);

        assertThat(lengths).hasSize(SplitReads.BATCH * 50 + 1);
        assertThat(readers).isNotEmpty(); // which threads took batches depends on the scheduler; all were read
    }

    @Test
    void whatAReaderThrowsReachesTheCaller() {
        String text = "a: 1\n---\n".repeat(SplitReads.BATCH * 4) + "boom: 1\n";
        assertThatThrownBy(() -> SplitReads.read(text, chunk -> {
            if (chunk.text().startsWith("boom")) {
                throw new IllegalStateException("boom");
            }
            return chunk;
        }, 1)).hasMessageContaining("boom");
    }

    @Test
    void anInterruptDoesNotStopTheReadAndIsKept() {
        String text = "a: 1\n---\n".repeat(SplitReads.BATCH * 3);
        Thread.currentThread().interrupt();
        try {
            List<DocumentSplitter.Chunk> read = SplitReads.read(text, chunk -> chunk, 1);
            assertThat(read).isEqualTo(DocumentSplitter.split(text));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    /** Documents of random sizes, separators with blanks or comments, lines that only look like separators. */
    private static String randomStream(Random random) {
        StringBuilder text = new StringBuilder();
        int documents = random.nextInt(SplitReads.BATCH * 3);
        for (int d = 0; d < documents; d++) {
            int lines = random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                text.append(switch (random.nextInt(4)) {
                    case 0 -> "key" + l + ": value\n";
                    case 1 -> "---x: not a separator\n";
                    case 2 -> "  - item\n";
                    default -> "\n";
                });
            }
            text.append(switch (random.nextInt(4)) {
                case 0 -> "---\n";
                case 1 -> "---  # next\n";
                case 2 -> "--- \r\n";
                default -> "---";
            });
            if (random.nextInt(8) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
