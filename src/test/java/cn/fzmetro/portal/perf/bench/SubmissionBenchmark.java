package cn.fzmetro.portal.perf.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.perf.PortalOnDatabase;
import cn.fzmetro.portal.testsupport.Applications;

/**
 * Submissions with files per second through the portal's services, without the browser protocol:
 * each worker is a generated applicant who fills in a complete application (situation answers,
 * form, one small real PDF per material through the upload accept path: hash, store, content
 * detection, page count), routes it and submits it (case number, intake checklist, receipt PDF),
 * again and again. Runs on the database of generated cases, so every submission lands among the
 * million others.
 *
 * <pre>./mvnw -q -Pperf test-compile exec:java@submissions -Dperf.db.url=jdbc:mysql://127.0.0.1:3306/tongban_perf</pre>
 *
 * Parameters (system properties, besides {@link PortalOnDatabase}'s): perf.threads (4),
 * perf.warmup (PT20S), perf.duration (PT60S), perf.item (SCJG-001), perf.window (W350104),
 * perf.region (350102), perf.applicant (perf-applicant-{n}, n = the worker's number).
 * <p>
 * With {@code perf.prepared=N} it measures the submit step on its own, as the wizard sees it: each
 * worker first submits N/2 complete applications to warm up, then completes N drafts with all their
 * files (not measured, like an applicant's uploads spread over the minutes of filling in), then all
 * workers submit their drafts at once; the rate
 * is the number submitted divided by the time until the last one is in.
 */
public final class SubmissionBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("perf.threads", 4);
        Duration warmup = Duration.parse(System.getProperty("perf.warmup", "PT20S"));
        Duration measured = Duration.parse(System.getProperty("perf.duration", "PT60S"));
        String item = System.getProperty("perf.item", "SCJG-001");
        String window = System.getProperty("perf.window", "W350104");
        String region = System.getProperty("perf.region", "350102");
        String applicant = System.getProperty("perf.applicant", "perf-applicant-{n}");
        int prepared = Integer.getInteger("perf.prepared", 0);
        try (ConfigurableApplicationContext context = PortalOnDatabase.start()) {
            if (prepared > 0) {
                submitPrepared(context, threads, prepared, item, window, region, applicant);
                return;
            }
            CaseFiling filing = context.getBean(CaseFiling.class);
            Applications applications = new Applications(filing, context.getBean(CatalogQuery.class));
            UserDetailsService users = context.getBean(UserDetailsService.class);
            Stats whole = new Stats("submission with files: draft, files, route, submit", "ms");
            Stats submit = new Stats("submission with files: the submit step alone", "ms");
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger submitted = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<Thread> workers = startWorkers(users, threads, applicant, () -> {
                while (!stop.get()) {
                    try {
                        long t0 = System.nanoTime();
                        long draft = applications.completeDraft(item, window, region);
                        long t1 = System.nanoTime();
                        filing.submit(draft, UUID.randomUUID().toString(), true, false);
                        long t2 = System.nanoTime();
                        if (measuring.get()) {
                            synchronized (whole) {
                                whole.add((t2 - t0) / 1e6);
                                submit.add((t2 - t1) / 1e6);
                            }
                            submitted.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        System.err.println("submission failed: " + e);
                    }
                }
            });
            System.out.printf(Locale.ROOT, "%d workers, warm-up %s, measuring %s%n", threads, warmup, measured);
            Thread.sleep(warmup);
            long start = System.nanoTime();
            Machine.CpuTime cpuAtStart = Machine.CpuTime.now();
            measuring.set(true);
            Thread.sleep(measured);
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            Machine.CpuTime cpu = Machine.CpuTime.now().since(cpuAtStart);
            stop.set(true);
            for (Thread t : workers) {
                t.join();
            }
            System.out.printf(Locale.ROOT, "%s%nsubmissions: %d in %.0f s = %.2f per second with %d workers; "
                    + "%d failed; %s%n", Machine.describe(), submitted.get(), seconds, submitted.get() / seconds,
                    threads, failed.get(), item);
            System.out.printf(Locale.ROOT, "CPU per submission: portal and workers %.1f ms, database server %.1f ms"
                    + " (%.2f and %.2f cores)%n", cpu.jvmSeconds() * 1000 / submitted.get(),
                    cpu.databaseSeconds() * 1000 / submitted.get(), cpu.jvmSeconds() / seconds,
                    cpu.databaseSeconds() / seconds);
            System.out.println(Stats.header());
            System.out.println("|---|---|---|---|---|---|");
            System.out.println(whole.row());
            System.out.println(submit.row());
        }
    }

    private static void submitPrepared(ConfigurableApplicationContext context, int threads, int perWorker,
            String item, String window, String region, String applicant) throws InterruptedException {
        CaseFiling filing = context.getBean(CaseFiling.class);
        Applications applications = new Applications(filing, context.getBean(CatalogQuery.class));
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Stats submit = new Stats("submit step, drafts complete with their files", "ms");
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failed = new AtomicInteger();
        List<Thread> workers = startWorkers(users, threads, applicant, () -> {
            // warm-up: the submit path runs compiled, not interpreted, once measuring starts
            for (int i = 0; i < perWorker / 2; i++) {
                filing.submit(applications.completeDraft(item, window, region), UUID.randomUUID().toString(),
                        true, false);
            }
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < perWorker; i++) {
                drafts.add(applications.completeDraft(item, window, region));
            }
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (long draft : drafts) {
                try {
                    long t0 = System.nanoTime();
                    filing.submit(draft, UUID.randomUUID().toString(), true, false);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    synchronized (submit) {
                        submit.add(ms);
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("submission failed: " + e);
                }
            }
        });
        ready.await();
        System.out.printf(Locale.ROOT, "%d workers with %d complete drafts each; submitting%n", threads, perWorker);
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int submitted = threads * perWorker - failed.get();
        System.out.printf(Locale.ROOT, "%s%nsubmissions of complete drafts: %d in %.1f s = %.2f per second with %d "
                + "workers; %d failed; %s%n", Machine.describe(), submitted, seconds, submitted / seconds, threads,
                failed.get(), item);
        System.out.println(Stats.header());
        System.out.println("|---|---|---|---|---|---|");
        System.out.println(submit.row());
    }

    private static void signIn(UserDetails user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** One platform thread per worker, each signed in as its own generated applicant, running {@code work}. */
    private static List<Thread> startWorkers(UserDetailsService users, int threads, String applicant, Runnable work) {
        List<Thread> workers = new ArrayList<>();
        for (int n = 1; n <= threads; n++) {
            UserDetails user = users.loadUserByUsername(applicant.replace("{n}", Integer.toString(n)));
            workers.add(Thread.ofPlatform().name("submitter-" + n).start(() -> {
                signIn(user);
                work.run();
            }));
        }
        return workers;
    }
}
