package org.doudi.rules.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that makes its elements a few at a time, as a task streams through its input: {@link #refill()} adds
 * the next ones (zero or more) to {@link #pending} and says whether there may be more.
 *
 * @param <T> the elements
 */
abstract class Refilled<T> implements Iterator<T> {

    /** The elements made and not yet returned, in order. */
    protected final ArrayDeque<T> pending = new ArrayDeque<>();

    private boolean done;

    /**
     * Adds the next elements to {@link #pending}; called while it is empty.
     *
     * @return false once the input is used up (the elements added by this last call are still returned)
     */
    protected abstract boolean refill();

    @Override
    public final boolean hasNext() {
        while (pending.isEmpty() && !done) {
            done = !refill();
        }
        return !pending.isEmpty();
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }
}
