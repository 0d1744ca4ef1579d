package dev.sitrep.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling for what another process does, with what to show when it never happens. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier done, Duration timeout, Supplier<String> context)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not done within " + timeout + ":\n" + context.get());
            }
            Thread.sleep(50);
        }
    }
}
