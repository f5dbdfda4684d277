package cn.fzmetro.portal.base.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets exactly one of several portal nodes sharing a database run each firing of a scheduled
 * job (the ShedLock idea in a few lines): the node that moves the job's {@code locked_until}
 * forward, from a time already past, runs it; the others skip. The lock is held at least
 * {@code holdAtLeast} so a node whose clock or schedule is a little late cannot run the same
 * firing again, and released to that minimum when the job ends.
 */
@Component
public class ClusterJobLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobLock.class);

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
        try {
            job.run();
            return true;
        } finally {
            Instant until = start.plus(holdAtLeast);
            Instant now = clock.instant();
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "UPDATE cluster_job_lock SET locked_until = ? WHERE job_name = ? AND locked_by = ?",
                    Timestamp.from(until.isAfter(now) ? until : now), jobName, node));
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
