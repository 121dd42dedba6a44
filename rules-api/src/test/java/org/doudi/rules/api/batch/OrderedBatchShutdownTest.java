package org.doudi.rules.api.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a batch does when it is stopped before its end: closed early by the consumer, the consumer interrupted while
 * waiting, a worker failing. Each test observes the results the consumer gets and that the worker threads end (waited
 * for with latches and {@link Thread#join(long)}, never by sleeping).
 */
class OrderedBatchShutdownTest {

    /** Long enough for a thread to end on a busy machine; a test only waits that long when the batch is wrong. */
    private static final long WAIT_SECONDS = 30;

    /** An endless source of 1, 2, 3, …, counting what was read. */
    private static Iterator<Integer> endless(AtomicInteger read) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return read.incrementAndGet();
            }
        };
    }

    private static void assertAllEnd(Set<Thread> threads) throws InterruptedException {
        assertThat(threads).isNotEmpty();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertThat(t.isAlive()).as("worker %s still running after close", t.getName()).isFalse();
        }
    }

    @Test
    @DisplayName("closing early: no more results, next() says so, the workers end and the source is no longer read")
    void closeEarly() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        OrderedBatch<Integer, Integer> batch = OrderedBatch.over(endless(read), i -> {
            workers.add(Thread.currentThread());
            return -i;
        }, new BatchOptions(2, 4, 2));
        assertThat(batch.next()).isEqualTo(-1);
        assertThat(batch.next()).isEqualTo(-2);

        batch.close();

        assertThat(batch.hasNext()).isFalse();
        assertThatThrownBy(batch::next).isInstanceOf(NoSuchElementException.class);
        int readAtClose = read.get();
        assertThat(batch.hasNext()).isFalse();
        assertThat(read.get()).as("a closed batch reads no more input").isEqualTo(readAtClose);
        assertAllEnd(workers);
        batch.close(); // idempotent
        assertThat(batch.hasNext()).isFalse();
    }

    @Test
    @DisplayName("the worker threads are daemons: a batch left open never keeps the JVM alive")
    void daemonWorkers() {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        try (Stream<Integer> results = OrderedBatch.stream(IntStream.range(0, 100).boxed().iterator(), i -> {
            workers.add(Thread.currentThread());
            return i;
        }, BatchOptions.threads(2))) {
            assertThat(results.count()).isEqualTo(100);
        }
        assertThat(workers).isNotEmpty().allSatisfy(t -> {
            assertThat(t.isDaemon()).as(t.getName()).isTrue();
            assertThat(t.getName()).startsWith("doudi-batch-");
        });
    }

    @Test
    @DisplayName("closing the stream of an endless batch after a few results ends the workers")
    void closeStream() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        try (Stream<String> results = OrderedBatch.stream(endless(read), i -> {
            workers.add(Thread.currentThread());
            return "r" + i;
        }, new BatchOptions(3, 5, 3))) {
            assertThat(results.limit(7).toList()).containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
        }
        assertAllEnd(workers);
    }

    @Test
    @DisplayName("closing while workers are busy interrupts them and ends them")
    void closeInterruptsBusyWorkers() throws InterruptedException {
        CountDownLatch bothBusy = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        CountDownLatch never = new CountDownLatch(1);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        // one input per chunk, two chunks ahead: after the first result, inputs 2 and 3 are on the two workers
        OrderedBatch<Integer, Integer> batch = OrderedBatch.over(endless(new AtomicInteger()), i -> {
            workers.add(Thread.currentThread());
            if (i == 1) {
                return i;
            }
            bothBusy.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
            }
            return i;
        }, new BatchOptions(2, 1, 2));
        assertThat(batch.next()).isEqualTo(1);
        assertThat(bothBusy.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("both workers busy").isTrue();

        batch.close();

        assertThat(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("both workers interrupted").isTrue();
        assertAllEnd(workers);
        assertThat(batch.hasNext()).isFalse();
    }

    @Test
    @DisplayName("a consumer interrupted while waiting gets BatchInterruptedException, keeps its interrupt flag, "
            + "and the batch is closed")
    void consumerInterrupted() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        OrderedBatch<Integer, Integer> batch = OrderedBatch.over(List.of(1, 2, 3).iterator(), i -> {
            workers.add(Thread.currentThread());
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }, new BatchOptions(2, 1, 1));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagKept = new AtomicReference<>();
        AtomicReference<Boolean> hasNextAfter = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            try {
                batch.next();
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
                Thread.interrupted();
                hasNextAfter.set(batch.hasNext());
            }
        });
        consumer.start();
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        consumer.interrupt();
        consumer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertThat(thrown.get()).isInstanceOf(OrderedBatch.BatchInterruptedException.class)
                .hasMessage("interrupted while waiting for a batch result")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(flagKept.get()).as("the consumer's interrupt flag is set again").isTrue();
        assertThat(hasNextAfter.get()).as("the batch is closed").isFalse();
        assertAllEnd(workers);
    }

    @Test
    @DisplayName("a worker failing with an Error: the results before it, then the Error itself, then the end")
    void workerError() throws InterruptedException {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        for (BatchOptions options : List.of(BatchOptions.singleThread(), new BatchOptions(2, 3, 2))) {
            try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(IntStream.range(0, 50).boxed().iterator(),
                    i -> {
                        if (options.threads() > 1) {
                            workers.add(Thread.currentThread());
                        }
                        if (i == 10) {
                            throw new AssertionError("wrong at 10");
                        }
                        return i * 3;
                    }, options)) {
                for (int k = 0; k < 10; k++) {
                    assertThat(batch.next()).as(options.toString()).isEqualTo(k * 3);
                }
                assertThatThrownBy(batch::hasNext).as(options.toString())
                        .isInstanceOf(AssertionError.class).hasMessage("wrong at 10");
                assertThat(batch.hasNext()).as(options.toString()).isFalse();
            }
        }
        assertAllEnd(workers);
    }

    @Test
    @DisplayName("a checked exception thrown past the compiler by a worker comes back wrapped, at its position")
    void workerCheckedException() {
        Exception checked = new java.io.IOException("disk gone at 5");
        try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(IntStream.range(0, 20).boxed().iterator(),
                i -> {
                    if (i == 5) {
                        throw OrderedBatchShutdownTest.<RuntimeException>sneaky(checked);
                    }
                    return i;
                }, new BatchOptions(2, 1, 2))) {
            for (int k = 0; k < 5; k++) {
                assertThat(batch.next()).isEqualTo(k);
            }
            assertThatThrownBy(batch::next).isInstanceOf(IllegalStateException.class).hasCause(checked);
            assertThat(batch.hasNext()).isFalse();
        }
    }

    @Test
    @DisplayName("a single-threaded batch that fails is closed: the source is not read further")
    void singleThreadFailureCloses() {
        AtomicInteger read = new AtomicInteger();
        try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(endless(read), i -> {
            if (i == 3) {
                throw new IllegalArgumentException("bad 3");
            }
            return i;
        }, BatchOptions.singleThread())) {
            assertThat(batch.next()).isEqualTo(1);
            assertThat(batch.next()).isEqualTo(2);
            assertThatThrownBy(batch::next).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 3");
            assertThat(batch.hasNext()).isFalse();
            assertThat(read.get()).isEqualTo(3);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
