package cn.fzmetro.portal.perf.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One simulated person: a browser tab ({@link VaadinClient}), the timing of each named
 * interaction, and the pauses a person makes between them. A failed interaction is recorded and
 * ends the round; the next round starts from a fresh tab and signs in again.
 */
final class VirtualUser {

    final int index;
    final LoadSettings settings;
    final Stats stats;
    private final HttpClient http;
    private final BooleanSupplier running;
    private final boolean thinking;
    private VaadinClient client;
    boolean signedIn;
    boolean pageLoaded;

    VirtualUser(int index, LoadSettings settings, Stats stats, HttpClient http, BooleanSupplier running,
            boolean thinking) {
        this.index = index;
        this.settings = settings;
        this.stats = stats;
        this.http = http;
        this.running = running;
        this.thinking = thinking;
        fresh();
    }

    VaadinClient client() {
        return client;
    }

    /** A new tab without cookies: a new session. */
    void fresh() {
        client = new VaadinClient(http, settings.baseUrl(), settings.timeout());
        signedIn = false;
        pageLoaded = false;
    }

    boolean running() {
        return running.getAsBoolean();
    }

    /** Times one interaction; a failure is recorded under its name and ends the round. */
    void step(String name, Runnable action) {
        if (!running()) {
            throw new Stopped();
        }
        long start = System.nanoTime();
        try {
            action.run();
            stats.ok(name, System.nanoTime() - start);
        } catch (LoadFailure e) {
            stats.error(name, System.nanoTime() - start, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            stats.error(name, System.nanoTime() - start, e.toString());
            throw new LoadFailure(e.toString(), e);
        }
    }

    /** A person's pause between interactions, uniformly between the minimum and the maximum. */
    void think() {
        if (!thinking) {
            return;
        }
        long min = settings.thinkMin().toMillis();
        long max = Math.max(min, settings.thinkMax().toMillis());
        sleep(Duration.ofMillis(min + ThreadLocalRandom.current().nextLong(max - min + 1)));
    }

    /** Sleeps in short slices so the end of the run is not delayed by a long pause. */
    void sleep(Duration pause) {
        long end = System.nanoTime() + pause.toNanos();
        while (running()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.min(left, 500_000_000L)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
        throw new Stopped();
    }

    /** The run is over: leave the round without recording anything. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
