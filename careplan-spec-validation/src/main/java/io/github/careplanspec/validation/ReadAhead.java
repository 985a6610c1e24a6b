package io.github.careplanspec.validation;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a source iterator ahead on another thread, so that reading (decoding, tokenizing, converting) and
 * validation run side by side on two cores: validation at the speed of reading. The order of the items is kept, and
 * every item is still read once, by one thread; only the hand-over is concurrent.
 *
 * <p>The first {@value #IN_LINE} items are taken on the caller's thread, so a small file costs no thread at all;
 * after them the source moves to a pooled daemon thread, which hands the items over in batches of {@value #BATCH}
 * through a queue of {@value #DEPTH} batches (memory stays bounded: at most {@code (DEPTH + 2) * BATCH} items
 * exist at once). A failure of the source on that thread is thrown by {@link #hasNext()} on the caller's thread,
 * as it would have been without read-ahead ({@link UncheckedIOException}, another {@link RuntimeException} or an
 * {@link Error}). {@link #close()} stops the reading thread and waits for it, so the source (and the stream below
 * it) is never touched after it returns. Used by one consumer thread.
 *
 * @param <T> the items
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
    static final int IN_LINE = 4_096;
    static final int BATCH = 64;
    static final int DEPTH = 8;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadFactory FACTORY = r -> {
        Thread t = new Thread(r, "careplan-spec-read-ahead-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    };
    /** Threads are reused across files (an inbox of many small files creates none beyond the first few). */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(FACTORY);

    /** The end of the source. */
    private static final Object END = new Object();

    private final Iterator<? extends T> source;
    private final boolean enabled;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean reading;
    private volatile boolean stopped;
    private List<T> batch = List.of();
    private int next;
    private long taken;
    private boolean done;

    /**
     * @param source the source, used only by this object from now on
     * @param enabled whether to read ahead at all; {@code false} iterates the source on the caller's thread
     */
    ReadAhead(Iterator<? extends T> source, boolean enabled) {
        this.source = source;
        this.enabled = enabled;
    }

    @Override
    public boolean hasNext() {
        if (!reading) {
            if (!enabled || taken < IN_LINE || !source.hasNext()) {
                return source.hasNext(); // a source's hasNext() may be asked again (it holds the item it found)
            }
            start();
        }
        while (next == batch.size()) {
            if (done) {
                return false;
            }
            Object o = take();
            if (o == END) {
                done = true;
                return false;
            }
            if (o instanceof Failure f) {
                done = true;
                throw f.rethrow();
            }
            @SuppressWarnings("unchecked")
            List<T> b = (List<T>) o;
            batch = b;
            next = 0;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (!reading) {
            taken++;
            return source.next();
        }
        return batch.get(next++);
    }

    private void start() {
        POOL.execute(() -> {
            List<T> b = new ArrayList<>(BATCH);
            try {
                while (!stopped && source.hasNext()) {
                    b.add(source.next());
                    if (b.size() == BATCH) {
                        queue.put(b);
                        b = new ArrayList<>(BATCH);
                    }
                }
                if (!b.isEmpty()) {
                    queue.put(b);
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                try {
                    if (!b.isEmpty()) {
                        queue.put(b); // the items read before the failure are delivered first, as on one thread
                    }
                    queue.put(new Failure(e));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            } finally {
                finished.countDown();
            }
        });
        reading = true;
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading ahead"));
        }
    }

    /**
     * Stops the reading thread, if any, and waits until it no longer touches the source. The thread is not
     * interrupted (an interrupt would close a channel the caller still owns, e.g. the ZIP an entry comes from): it
     * stops after the item it is reading, and the queue is drained so that it never waits to hand over a batch.
     */
    @Override
    public void close() {
        if (!reading) {
            return;
        }
        stopped = true;
        boolean interrupted = false;
        while (true) {
            queue.clear();
            try {
                if (finished.await(10, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure of the source, carried to the consumer. */
    private record Failure(Throwable error) {
        RuntimeException rethrow() {
            if (error instanceof Error e) {
                throw e;
            }
            return (RuntimeException) error;
        }
    }

}
