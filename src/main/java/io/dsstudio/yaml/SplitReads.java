package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Reads a text's documents on the common pool's threads while the calling thread is still splitting it, then on the
 * calling thread too: the documents are handed over in batches as {@link DocumentSplitter} finds them, so the
 * other cores need not wait for the whole text to be split (a cold read of a 175 MB snapshot split it alone first).
 * The answers come back in file order, whichever thread read each document.
 */
final class SplitReads {
    /** Documents per hand-over: enough to make a queue operation's cost vanish, few enough to start at once. */
    static final int BATCH = 64;
    private static final Batch<?> END = new Batch<>(List.of());

    private SplitReads() {
    }

    /** {@code read} applied to each document of {@code text}, in file order. */
    static <R> List<R> read(String text, Function<DocumentSplitter.Chunk, R> read) {
        return read(text, read, ForkJoinPool.getCommonPoolParallelism());
    }

    static <R> List<R> read(String text, Function<DocumentSplitter.Chunk, R> read, int helpers) {
        BlockingQueue<Batch<?>> queue = new LinkedBlockingQueue<>();
        List<ForkJoinTask<?>> running = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
            running.add(ForkJoinPool.commonPool().submit(() -> drain(queue, read)));
        }
        List<Batch<R>> batches = new ArrayList<>();
        try {
            List<DocumentSplitter.Chunk> pending = new ArrayList<>(BATCH);
            DocumentSplitter.split(text, chunk -> {
                pending.add(chunk);
                if (pending.size() == BATCH) {
                    handOver(new ArrayList<>(pending), batches, queue);
                    pending.clear();
                }
            });
            if (!pending.isEmpty()) {
                handOver(pending, batches, queue);
            }
        } finally {
            for (int i = 0; i <= helpers; i++) {
                queue.add(END); // one for each helper and one for this thread
            }
        }
        drain(queue, read);
        for (ForkJoinTask<?> helper : running) {
            helper.join(); // rethrows what a helper threw; its answers are visible from here on
        }
        List<R> answers = new ArrayList<>();
        for (Batch<R> batch : batches) {
            for (Object answer : batch.answers) {
                @SuppressWarnings("unchecked") R r = (R) answer;
                answers.add(r);
            }
        }
        return answers;
    }

    private static <R> void handOver(List<DocumentSplitter.Chunk> chunks, List<Batch<R>> batches, BlockingQueue<Batch<?>> queue) {
        Batch<R> batch = new Batch<>(chunks);
        batches.add(batch);
        queue.add(batch);
    }

    /**
     * Reads batches until the end mark. An interrupt does not stop it (a read of documents never did): the flag
     * is set again once done, for the caller to see.
     */
    @SuppressWarnings("unchecked")
    private static <R> void drain(BlockingQueue<Batch<?>> queue, Function<DocumentSplitter.Chunk, R> read) {
        boolean interrupted = false;
        while (true) {
            Batch<?> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                interrupted = true;
                continue;
            }
            if (batch == END) {
                break;
            }
            ((Batch<R>) batch).readAll(read);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Documents handed over together, and their answers once read. */
    private static final class Batch<R> {
        private final List<DocumentSplitter.Chunk> chunks;
        private final Object[] answers;

        Batch(List<DocumentSplitter.Chunk> chunks) {
            this.chunks = chunks;
            this.answers = new Object[chunks.size()];
        }

        void readAll(Function<DocumentSplitter.Chunk, R> read) {
            for (int i = 0; i < chunks.size(); i++) {
                answers[i] = read.apply(chunks.get(i));
            }
        }
    }
}
