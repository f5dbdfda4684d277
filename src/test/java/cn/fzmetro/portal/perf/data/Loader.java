package cn.fzmetro.portal.perf.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Loads chunks of rows over several connections at once: one job is one table's rows of one chunk,
 * written in one statement and one transaction ({@code LOAD DATA LOCAL INFILE} from memory, or
 * multi-row {@code INSERT}s). Each connection skips unique and foreign-key checks (the generator
 * writes consistent ids itself). The queue is bounded, so generation waits for the database
 * rather than filling the memory.
 */
final class Loader implements AutoCloseable {

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private record Job(Rows rows) {
    }

    private static final Job STOP = new Job(null);

    private final boolean loadData;
    private final boolean mysql;
    private final BlockingQueue<Job> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Map<String, LongAdder> rowsPerTable = new ConcurrentHashMap<>();
    private final AtomicLong rowsLoaded = new AtomicLong();
    private boolean closed;
    private final boolean discard;

    Loader(ConnectionSource connections, int threadCount, boolean loadData, boolean mysql, boolean discard)
            throws SQLException {
        this.loadData = loadData;
        this.mysql = mysql;
        this.discard = discard;
        this.queue = new ArrayBlockingQueue<>(threadCount * 4);
        for (int i = 0; i < (discard ? 0 : threadCount); i++) {
            Connection c = connections.open();
            prepare(c);
            Thread t = new Thread(() -> run(c), "perf-loader-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void prepare(Connection c) throws SQLException {
        c.setAutoCommit(false);
        if (mysql) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION unique_checks = 0");
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',STRICT_ALL_TABLES')");
            }
        }
    }

    /** Queues a table's rows; waits while the loaders are busy. Rethrows a loader's failure. */
    void submit(Rows rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (discard) {
            rowsPerTable.computeIfAbsent(rows.table().name(), k -> new LongAdder()).add(rows.rows());
            rowsLoaded.addAndGet(rows.rows());
            return;
        }
        checkFailure();
        try {
            queue.put(new Job(rows));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    long rowsLoaded() {
        return rowsLoaded.get();
    }

    Map<String, Long> rowsPerTable() {
        Map<String, Long> m = new java.util.TreeMap<>();
        rowsPerTable.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    private void checkFailure() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("loading failed: " + t.getMessage(), t);
        }
    }

    private void run(Connection c) {
        try (c) {
            while (true) {
                Job job = queue.take();
                if (job == STOP) {
                    return;
                }
                if (failure.get() != null) {
                    continue; // drain
                }
                load(c, job.rows());
                c.commit();
                rowsPerTable.computeIfAbsent(job.rows().table().name(), k -> new LongAdder()).add(job.rows().rows());
                rowsLoaded.addAndGet(job.rows().rows());
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            // keep draining so the producer never blocks on a full queue
            while (true) {
                try {
                    if (queue.take() == STOP) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void load(Connection c, Rows rows) throws SQLException {
        Rows.Table t = rows.table();
        if (loadData) {
            try (Statement s = c.createStatement()) {
                s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(rows.stream());
                int loaded = s.executeUpdate("LOAD DATA LOCAL INFILE 'perf-" + t.name() + ".tsv' INTO TABLE " + t.name()
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                        + " LINES TERMINATED BY '\\n' (" + t.columnList() + ")");
                if (loaded != rows.rows()) {
                    throw new SQLException(t.name() + ": LOAD DATA took " + loaded + " of " + rows.rows() + " rows");
                }
                if (s.getWarnings() != null) {
                    throw new SQLException(t.name() + ": LOAD DATA warned: " + s.getWarnings().getMessage());
                }
            }
        } else {
            try (Statement s = c.createStatement()) {
                for (String sql : rows.insertStatements(mysql ? 4_000_000 : 64_000)) {
                    s.execute(sql);
                }
            }
        }
    }

    /** Waits until everything queued is loaded; rethrows a loader's failure. */
    @Override
    public void close() {
        if (closed) {
            checkFailure();
            return;
        }
        closed = true;
        for (int i = 0; i < threads.size(); i++) {
            try {
                queue.put(STOP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        checkFailure();
    }
}
