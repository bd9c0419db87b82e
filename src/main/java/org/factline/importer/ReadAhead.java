package org.factline.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a file on a thread of its own while the calling thread, the one that holds the import's transaction,
 * classifies and writes what was read: parsing (CSV, numbers, dates) and writing overlap instead of taking turns.
 * What the reader reports reaches the sink in its order, in chunks of {@value #CHUNK}, at most {@value #CHUNKS}
 * chunks ahead, so memory stays flat. A failure of the reader (a refused file) is thrown on the calling thread
 * after everything read before it was applied, as if it had been read there; a failure of the sink (a cancel, a
 * database error) stops the reader. The reader never touches the database.
 */
final class ReadAhead {

    static final int CHUNK = 1_000;
    static final int CHUNKS = 8;

    /** Reads a file into the sink it is given. */
    interface Reading {
        void read(ImportSink sink);
    }

    private ReadAhead() {
    }

    /** Runs {@code reading} on a reader thread and applies what it reports to {@code sink} on this one. */
    static void run(Reading reading, ImportSink sink) {
        BlockingQueue<List<Consumer<ImportSink>>> queue = new ArrayBlockingQueue<>(CHUNKS);
        Queued queued = new Queued(queue);
        Thread reader = new Thread(() -> {
            try {
                reading.read(queued);
                queued.end(null);
            } catch (Stopped stopped) {
                // the sink failed; its thread throws that
            } catch (RuntimeException | Error e) {
                try {
                    queued.end(e);
                } catch (Stopped stopped) {
                    // as above
                }
            }
        }, "import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                for (Consumer<ImportSink> event : take(queue)) {
                    event.accept(sink);
                }
            }
        } catch (End end) {
            if (end.failure instanceof Error error) {
                throw error;
            }
            if (end.failure != null) {
                throw (RuntimeException) end.failure;
            }
        } finally {
            queued.stopped = true;
            queue.clear();
            join(reader);
        }
    }

    private static List<Consumer<ImportSink>> take(BlockingQueue<List<Consumer<ImportSink>>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader's sink: each call becomes an event, queued a chunk at a time. */
    private static final class Queued implements ImportSink {
        private final BlockingQueue<List<Consumer<ImportSink>>> queue;
        private List<Consumer<ImportSink>> chunk = new ArrayList<>(CHUNK);
        volatile boolean stopped;

        Queued(BlockingQueue<List<Consumer<ImportSink>>> queue) {
            this.queue = queue;
        }

        private void add(Consumer<ImportSink> event) {
            chunk.add(event);
            if (chunk.size() >= CHUNK) {
                send();
            }
        }

        private void send() {
            List<Consumer<ImportSink>> full = chunk;
            chunk = new ArrayList<>(CHUNK);
            try {
                while (!queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        /** The last event: the end of the file, or the reader's failure. */
        void end(Throwable failure) {
            chunk.add(s -> {
                throw new End(failure);
            });
            send();
        }

        @Override
        public void mapping(String description) {
            add(s -> s.mapping(description));
        }

        @Override
        public void vintage(LocalDate vintage) {
            add(s -> s.vintage(vintage));
        }

        @Override
        public void source(SourceInfo source) {
            add(s -> s.source(source));
        }

        @Override
        public void row(ImportRow row) {
            add(s -> s.row(row));
        }

        @Override
        public void geography(WdiCsv.CountryMetadata meta) {
            add(s -> s.geography(meta));
        }

        @Override
        public void indicator(WdiCsv.IndicatorMetadata meta) {
            add(s -> s.indicator(meta));
        }

        @Override
        public void reject(Rejection rejection) {
            add(s -> s.reject(rejection));
        }

        @Override
        public void note(String message) {
            add(s -> s.note(message));
        }
    }

    /** The reader's last event, carrying its failure if it had one. */
    private static final class End extends RuntimeException {
        final transient Throwable failure;

        End(Throwable failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Ends the reader when the sink's thread has stopped taking. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
