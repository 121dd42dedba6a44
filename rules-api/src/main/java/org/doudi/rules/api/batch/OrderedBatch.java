package org.doudi.rules.api.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies a function to every element of a (possibly endless) sequence on several threads and hands the results back
 * <b>in input order</b>, with memory bounded whatever the input size: at most {@code chunksInFlight} chunks of
 * {@code chunkSize} inputs are read ahead of the consumer. Work is handed to the workers a chunk at a time (not one
 * task per element).
 *
 * <p>With one thread nothing runs in the background: each element is computed when the consumer asks for it, on the
 * consumer's thread. Results are the same, element for element, whatever the number of threads, as long as the
 * function gives the same result for the same input.
 *
 * <p>The consumer reads the source on its own thread, so the source needs no synchronisation; the function runs on
 * the worker threads and must be thread-safe. An exception thrown by the function is rethrown by {@link #next()} at
 * the position of the element that caused it (later results are discarded). Close the batch (or the stream of
 * {@link #stream}) when done early, to stop the workers; a batch read to the end stops them by itself.
 *
 * <p>Not thread-safe: one consumer per batch.
 *
 * @param <I>  the input type
 * @param <O>  the result type
 */
public final class OrderedBatch<I, O> implements Iterator<O>, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends I> source;
    private final Function<? super I, ? extends O> work;
    private final BatchOptions options;
    private final ExecutorService workers;
    private final ArrayDeque<Future<Chunk<O>>> inFlight = new ArrayDeque<>();
    private Iterator<O> current = java.util.Collections.emptyIterator();
    /** The failure that follows the results of {@link #current}, or null. */
    private Throwable pendingFailure;

    /** The results of one chunk, up to the first failure, and that failure (or null). */
    private record Chunk<O>(List<O> results, Throwable failure) {
    }
    private boolean closed;

    private OrderedBatch(Iterator<? extends I> source, Function<? super I, ? extends O> work, BatchOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.work = Objects.requireNonNull(work, "work");
        this.options = Objects.requireNonNull(options, "options");
        this.workers = options.threads() == 1 ? null
                : Executors.newFixedThreadPool(options.threads(), daemonThreads("doudi-batch-" + POOLS.incrementAndGet()));
    }

    /**
     * Starts a batch over an iterator.
     *
     * @param source   the inputs, read on the consumer's thread, not null
     * @param work     the function applied to each input, thread-safe, not null
     * @param options  threads, chunk size and read-ahead, not null
     * @param <I>      the input type
     * @param <O>      the result type
     * @return the results in input order; close it when stopping early
     */
    public static <I, O> OrderedBatch<I, O> over(Iterator<? extends I> source, Function<? super I, ? extends O> work,
                                                 BatchOptions options) {
        return new OrderedBatch<>(source, work, options);
    }

    /**
     * The results of a batch as a sequential stream in input order; closing the stream stops the workers.
     *
     * @param source   the inputs, not null
     * @param work     the function applied to each input, thread-safe, not null
     * @param options  threads, chunk size and read-ahead, not null
     * @param <I>      the input type
     * @param <O>      the result type
     * @return the ordered results, never null
     */
    public static <I, O> Stream<O> stream(Iterator<? extends I> source, Function<? super I, ? extends O> work,
                                          BatchOptions options) {
        OrderedBatch<I, O> batch = over(source, work, options);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED), false)
                .onClose(batch::close);
    }

    @Override
    public boolean hasNext() {
        if (current.hasNext()) {
            return true;
        }
        if (pendingFailure != null) {
            Throwable failure = pendingFailure;
            pendingFailure = null;
            close();
            throwUnchecked(failure);
        }
        if (closed) {
            return false;
        }
        if (workers == null) {
            if (!source.hasNext()) {
                close();
                return false;
            }
            O result;
            try {
                result = work.apply(source.next());
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            current = java.util.Collections.singletonList(result).iterator();
            return true;
        }
        fill();
        if (inFlight.isEmpty()) {
            close();
            return false;
        }
        Chunk<O> chunk = await(inFlight.poll());
        current = chunk.results().iterator();
        pendingFailure = chunk.failure();
        if (pendingFailure == null) {
            fill();
        }
        return hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Reads ahead until the read-ahead limit is reached or the source is exhausted. */
    private void fill() {
        while (inFlight.size() < options.chunksInFlight() && source.hasNext()) {
            List<I> chunk = new ArrayList<>(options.chunkSize());
            while (chunk.size() < options.chunkSize() && source.hasNext()) {
                chunk.add(source.next());
            }
            inFlight.add(workers.submit(() -> {
                List<O> results = new ArrayList<>(chunk.size());
                for (I input : chunk) {
                    try {
                        results.add(work.apply(input));
                    } catch (RuntimeException | Error e) {
                        return new Chunk<>(results, e);
                    }
                }
                return new Chunk<>(results, null);
            }));
        }
    }

    private Chunk<O> await(Future<Chunk<O>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new BatchInterruptedException(e);
        } catch (ExecutionException e) {
            close();
            throwUnchecked(e.getCause());
            return null; // not reached
        }
    }

    private static void throwUnchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** Stops the workers and discards results not yet read. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        current = java.util.Collections.emptyIterator();
        if (workers != null) {
            // shutdownNow interrupts the chunks running and drops those queued; nobody waits for their futures
            inFlight.clear();
            workers.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The consumer was interrupted while waiting for a result; the batch is closed. */
    public static final class BatchInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchInterruptedException(InterruptedException cause) {
            super("interrupted while waiting for a batch result", cause);
        }
    }
}
