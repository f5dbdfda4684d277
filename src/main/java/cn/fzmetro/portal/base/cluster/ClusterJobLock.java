package cn.fzmetro.portal.base.cluster;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets exactly one of several portal nodes sharing a database run each firing of a scheduled
 * job (the ShedLock idea in a few lines): the node that moves the job's {@code locked_until}
 * forward, from a time already past, runs it; the others skip. The lock is held at least
 * {@code holdAtLeast} so a node whose clock or schedule is a little late cannot run the same
 * firing again, and released to that minimum when the job ends. Every run is logged in
 * {@code cluster_job_run} (node, start, end, outcome).
 * <p>
 * {@link #runExclusively} is the waiting variant for work every node must do but never two at
 * once, such as the start-up imports of two nodes started together.
 */
@Component
public class ClusterJobLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobLock.class);

    /** How often a node waiting in {@link #runExclusively} looks at the lock again. */
    private static final Duration EXCLUSIVE_POLL = Duration.ofMillis(500);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** This node, as the lock table shows it: process and a random part (two nodes on one host differ). */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    ClusterJobLock(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs {@code job} if this node wins the job's current firing.
     *
     * @param holdAtMost  the lock expires after this even if the node dies mid-job
     * @param holdAtLeast no other firing of the job starts sooner than this after this one began
     * @return whether this node ran the job
     */
    public boolean runOnce(String jobName, Duration holdAtMost, Duration holdAtLeast, Runnable job) {
        Instant start = clock.instant();
        if (!acquire(jobName, start, start.plus(holdAtMost))) {
            log.debug("Job {} is taken by another node", jobName);
            return false;
        }
        Long run = logStart(jobName, start);
        boolean succeeded = false;
        try {
            job.run();
            succeeded = true;
            return true;
        } finally {
            Instant until = start.plus(holdAtLeast);
            Instant now = clock.instant();
            release(jobName, until.isAfter(now) ? until : now);
            logEnd(run, now, succeeded);
        }
    }

    /**
     * Runs {@code job} on this node once no other node holds {@code jobName}, waiting for it (polling
     * the lock row) at most {@code waitAtMost}; the lock is released as soon as the job ends.
     *
     * @param holdAtMost the lock expires after this even if the node dies mid-job
     * @throws IllegalStateException if the lock stayed taken longer than {@code waitAtMost}
     */
    public void runExclusively(String jobName, Duration holdAtMost, Duration waitAtMost, Runnable job) {
        long deadline = System.nanoTime() + waitAtMost.toNanos();
        Instant start = clock.instant();
        boolean waited = false;
        while (!acquire(jobName, start, start.plus(holdAtMost))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node held " + jobName + " for more than " + waitAtMost);
            }
            if (!waited) {
                log.info("Waiting for another node to finish {}", jobName);
                waited = true;
            }
            try {
                Thread.sleep(EXCLUSIVE_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + jobName, e);
            }
            start = clock.instant();
        }
        try {
            job.run();
        } finally {
            release(jobName, clock.instant());
        }
    }

    /**
     * A start-up import (area, calendar, catalog, demo accounts): each only adds what the database
     * lacks, which is safe once it runs alone, so two nodes started together take turns.
     */
    public void startupImport(Runnable job) {
        runExclusively("startup-import", Duration.ofMinutes(10), Duration.ofMinutes(15), job);
    }

    private void release(String jobName, Instant until) {
        ownTransaction.executeWithoutResult(s -> jdbc.update(
                "UPDATE cluster_job_lock SET locked_until = ? WHERE job_name = ? AND locked_by = ?",
                Timestamp.from(until), jobName, node));
    }

    private Long logStart(String jobName, Instant start) {
        return ownTransaction.execute(s -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO cluster_job_run (job_name, node, started_at) VALUES (?, ?, ?)",
                        new String[] { "id" });
                insert.setString(1, jobName);
                insert.setString(2, node);
                insert.setTimestamp(3, Timestamp.from(start));
                return insert;
            }, key);
            return key.getKey() == null ? null : key.getKey().longValue();
        });
    }

    private void logEnd(Long run, Instant end, boolean succeeded) {
        if (run != null) {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "UPDATE cluster_job_run SET finished_at = ?, succeeded = ? WHERE id = ?",
                    Timestamp.from(end), succeeded, run));
        }
    }

    private boolean acquire(String jobName, Instant now, Instant until) {
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "INSERT INTO cluster_job_lock (job_name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                    jobName, Timestamp.from(now.minusSeconds(1)), Timestamp.from(now), node));
        } catch (DataIntegrityViolationException alreadyThere) {
            // the row exists since the first firing anywhere; taking it is the update below
        }
        Integer taken = ownTransaction.execute(s -> jdbc.update(
                "UPDATE cluster_job_lock SET locked_until = ?, locked_at = ?, locked_by = ?"
                        + " WHERE job_name = ? AND locked_until <= ?",
                Timestamp.from(until), Timestamp.from(now), node, jobName, Timestamp.from(now)));
        return taken != null && taken == 1;
    }

    /** This node's name in the lock table. */
    public String node() {
        return node;
    }
}
