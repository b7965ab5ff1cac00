package io.dsstudio.ui.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EventDebouncerTest {
    @Test
    void pokeCoalescesABurstFromSeveralThreadsIntoOneFlushOnTheDispatcher() throws Exception {
        LiveFixtures.QueueDispatcher fx = new LiveFixtures.QueueDispatcher();
        AtomicInteger flushes = new AtomicInteger();
        List<String> flushThreads = new ArrayList<>();
        try (EventDebouncer debouncer = new EventDebouncer(Duration.ofMillis(150), fx, () -> {
            flushes.incrementAndGet();
            flushThreads.add(Thread.currentThread().getName());
        })) {
            List<Thread> informers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        debouncer.poke();
                    }
                });
                informers.add(thread);
                thread.start();
            }
            for (Thread thread : informers) {
                thread.join();
            }
            fx.pumpUntil(() -> flushes.get() >= 1, Duration.ofSeconds(5));
            Thread.sleep(300);
            fx.pump();
            assertThat(flushes.get()).isEqualTo(1);
            assertThat(flushThreads).containsOnly(Thread.currentThread().getName());

            debouncer.poke();
            fx.pumpUntil(() -> flushes.get() == 2, Duration.ofSeconds(5));
        }
    }
}
