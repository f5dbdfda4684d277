package cn.fzmetro.portal.base.cluster;

import java.util.function.Supplier;

/**
 * Scheduled work over many rows, a batch (and a transaction) at a time, never all rows at once:
 * batches run until one comes back short.
 */
public final class Batches {

    /** What one batch found, and how much of it this node did (another node may have done the rest). */
    public record Batch(int found, int done) {
    }

    private Batches() {
    }

    /** Runs {@code next} until a batch finds fewer than {@code size} rows; returns the work done in all. */
    public static int untilShort(int size, Supplier<Batch> next) {
        int done = 0;
        Batch batch;
        do {
            batch = next.get();
            done += batch.done();
        } while (batch.found() == size);
        return done;
    }
}
