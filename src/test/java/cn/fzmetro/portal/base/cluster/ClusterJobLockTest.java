package cn.fzmetro.portal.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;

/** Two nodes fire the same job at once: one runs it, the other skips; the next firing runs again. */
@PortalSpringTest
class ClusterJobLockTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachFiringRunsOnExactlyOneNode() throws Exception {
        ClusterJobLock node1 = new ClusterJobLock(jdbc, transactions, clock);
        ClusterJobLock node2 = new ClusterJobLock(jdbc, transactions, clock);
        String job = "test-job-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothFired = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            await(release);
        };
        Callable<Boolean> fire1 = () -> {
            bothFired.countDown();
            return node1.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(1), work);
        };
        Callable<Boolean> fire2 = () -> {
            bothFired.countDown();
            return node2.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(1), work);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(fire1);
            Future<Boolean> b = pool.submit(fire2);
            await(bothFired);
            // whichever node lost has returned by now while the winner is still inside the job
            boolean aDone = waitUntilOneDone(a, b);
            assertThat(aDone).isIn(true, false);
            release.countDown();
            List<Boolean> ran = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
            assertThat(ran).containsExactlyInAnyOrder(true, false);
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        String holder = jdbc.queryForObject("SELECT locked_by FROM cluster_job_lock WHERE job_name = ?",
                String.class, job);
        assertThat(holder).isIn(node1.node(), node2.node());

        // within the minimum hold nobody runs it again; after it, the next firing runs
        assertThat(node2.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();
        clock.set(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(2));
        assertThat(node2.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM cluster_job_run WHERE job_name = ? AND succeeded AND finished_at IS NOT NULL",
                Integer.class, job)).as("each run logged once, with its end").isEqualTo(2);
    }

    @Test
    void anExclusiveSectionWaitsForTheOtherNodeInsteadOfSkipping() throws Exception {
        ClusterJobLock node1 = new ClusterJobLock(jdbc, transactions, clock);
        ClusterJobLock node2 = new ClusterJobLock(jdbc, transactions, clock);
        String job = "test-import-" + System.nanoTime();
        List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> node1.runExclusively(job, Duration.ofMinutes(5), Duration.ofMinutes(1),
                    () -> {
                        order.add("node1 starts");
                        inside.countDown();
                        await(release);
                        order.add("node1 ends");
                    }));
            await(inside);
            Future<?> second = pool.submit(() -> node2.runExclusively(job, Duration.ofMinutes(5), Duration.ofMinutes(1),
                    () -> order.add("node2 runs")));
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(order).containsExactly("node1 starts", "node1 ends", "node2 runs");
    }

    private static boolean waitUntilOneDone(Future<Boolean> a, Future<Boolean> b) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!a.isDone() && !b.isDone()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("neither node returned: the loser must skip, not wait");
            }
            Thread.onSpinWait();
        }
        return a.isDone();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
