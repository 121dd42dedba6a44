package org.doudi.rules.api.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {

    @Test
    @DisplayName("results come in input order whatever the number of threads and the time each element takes")
    void inputOrder() {
        List<Integer> inputs = IntStream.range(0, 5_000).boxed().toList();
        for (BatchOptions options : List.of(BatchOptions.singleThread(), BatchOptions.threads(2),
                new BatchOptions(3, 7, 2), new BatchOptions(4, 1, 1))) {
            try (Stream<String> results = OrderedBatch.stream(inputs.iterator(), i -> {
                if (i % 97 == 0) {
                    Thread.onSpinWait();
                    busy(i);
                }
                return "r" + i;
            }, options)) {
                assertThat(results.toList()).as(options.toString())
                        .isEqualTo(inputs.stream().map(i -> "r" + i).toList());
            }
        }
    }

    @Test
    @DisplayName("reads at most chunkSize × chunksInFlight inputs ahead of the consumer")
    void boundedReadAhead() {
        AtomicInteger read = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override public boolean hasNext() { return true; }
            @Override public Integer next() { return read.incrementAndGet(); }
        };
        try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(endless, i -> i * 2, new BatchOptions(2, 10, 3))) {
            for (int k = 1; k <= 1_000; k++) {
                assertThat(batch.next()).isEqualTo(2 * k);
                assertThat(read.get() - k).isLessThanOrEqualTo(10 * 3 + 10);
            }
        }
    }

    @Test
    @DisplayName("an exception of the function is thrown at the position of the element that caused it")
    void failureInPlace() {
        List<Integer> inputs = IntStream.range(0, 1_000).boxed().toList();
        for (BatchOptions options : List.of(BatchOptions.singleThread(), new BatchOptions(2, 16, 4))) {
            try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(inputs.iterator(), i -> {
                if (i == 700) {
                    throw new IllegalStateException("boom at 700");
                }
                return i;
            }, options)) {
                for (int k = 0; k < 700; k++) {
                    assertThat(batch.next()).isEqualTo(k);
                }
                assertThatThrownBy(batch::next).isInstanceOf(IllegalStateException.class).hasMessage("boom at 700");
                assertThat(batch.hasNext()).isFalse();
            }
        }
    }

    @Test
    @DisplayName("an empty source gives no result and stops the workers")
    void empty() {
        try (OrderedBatch<Integer, Integer> batch = OrderedBatch.over(List.<Integer>of().iterator(), i -> i,
                BatchOptions.threads(2))) {
            assertThat(batch.hasNext()).isFalse();
        }
    }

    private static long busy(int n) {
        long x = n;
        for (int k = 0; k < 20_000; k++) {
            x = x * 31 + k;
        }
        return x;
    }
}
