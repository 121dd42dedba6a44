package org.doudi.rules.api.batch;

/**
 * How a batch runs: on how many threads, how many inputs a worker takes at a time, and how many such chunks may be
 * read ahead of the consumer (which bounds memory: at most {@code chunkSize × chunksInFlight} inputs and results are
 * held at once).
 *
 * @param threads         worker threads, at least 1; with 1 everything runs on the consumer's thread
 * @param chunkSize       inputs per unit of work, at least 1
 * @param chunksInFlight  chunks read ahead, at least 1
 */
public record BatchOptions(int threads, int chunkSize, int chunksInFlight) {

    /** Default inputs per unit of work: large enough to make hand-over cheap, small enough to keep latency low. */
    public static final int DEFAULT_CHUNK_SIZE = 64;

    /**
     * Checks the bounds.
     *
     * @param threads  worker threads, at least 1; with 1 everything runs on the consumer's thread
     * @param chunkSize  inputs per unit of work, at least 1
     * @param chunksInFlight  chunks read ahead, at least 1
     */
    public BatchOptions {
        if (threads < 1 || chunkSize < 1 || chunksInFlight < 1) {
            throw new IllegalArgumentException("threads, chunkSize and chunksInFlight must be at least 1: "
                    + threads + ", " + chunkSize + ", " + chunksInFlight);
        }
    }

    /** @return one worker per available processor, {@link #DEFAULT_CHUNK_SIZE}, four chunks ahead per worker */
    public static BatchOptions allCores() {
        return threads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads  worker threads, at least 1
     * @return that many workers, {@link #DEFAULT_CHUNK_SIZE}, four chunks ahead per worker
     */
    public static BatchOptions threads(int threads) {
        return new BatchOptions(threads, DEFAULT_CHUNK_SIZE, Math.max(1, threads) * 4);
    }

    /** @return one thread: everything on the consumer's thread, nothing read ahead */
    public static BatchOptions singleThread() {
        return new BatchOptions(1, 1, 1);
    }
}
