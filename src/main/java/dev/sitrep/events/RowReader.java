package dev.sitrep.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Parses a file's rows on a thread of its own, handing batches of parsed (or refused) rows to the thread
 * that stores them: parsing and the database then work at the same time. The queue is short, so memory
 * stays at a few batches whatever the file's size.
 */
final class RowReader implements AutoCloseable {

    /** A row parsed into an event, or refused with the reason. */
    record Parsed(int line, String raw, Function<String, String> valueOf, Event event, String hash,
                  InvalidField refused) {
    }

    private static final List<Parsed> END = List.of();

    private final BlockingQueue<List<Parsed>> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile Throwable failure;

    RowReader(ImportSource source, int batchSize) {
        this.thread = new Thread(() -> run(source, batchSize), "sitrep-import-parser");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, or null at the end of the file; a failure while reading is thrown here. */
    List<Parsed> next() throws IOException {
        try {
            List<Parsed> batch = queue.take();
            if (batch == END) {
                rethrow();
                return null;
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while importing", e);
        }
    }

    private void run(ImportSource source, int batchSize) {
        IdLines ids = new IdLines();
        List<Parsed> batch = new ArrayList<>(batchSize);
        try {
            source.forEachRow((line, raw, parse, valueOf) -> {
                batch.add(parse(line, raw, parse, valueOf, ids));
                if (batch.size() >= batchSize) {
                    put(new ArrayList<>(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(batch);
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            putQuietly(END);
        }
    }

    private static Parsed parse(int line, String raw, java.util.function.Supplier<Event> parse,
                                Function<String, String> valueOf, IdLines ids) {
        try {
            Event event = EventChecks.check(parse.get());
            int first = ids.firstLine(event.id(), line);
            if (first != 0) {
                throw new InvalidField("id", "'" + event.id() + "' is already on line " + first
                        + " of this file; give each event once per file");
            }
            return new Parsed(line, raw, valueOf, event, EventContent.hash(event), null);
        } catch (InvalidField e) {
            return new Parsed(line, raw, valueOf, null, null, e);
        }
    }

    private void put(List<Parsed> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import stopped", e);
        }
    }

    private void putQuietly(List<Parsed> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    /** Stops the parser if the storing side gave up early. */
    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
    }
}
