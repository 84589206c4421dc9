package id.go.prakerja.bench;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A closed-loop load: each client sends its next request as soon as the last one is answered. It finds the most that
 * the target answers, which is what the ceiling and the queries measure (the commands are measured open-loop).
 */
final class ClosedLoop {

    private ClosedLoop() {}

    /**
     * {@link Settings#CLIENTS} clients, each sending the requests of {@code client.apply(itsNumber)}, for {@code
     * duration}: the requests that succeeded per second.
     */
    static double run(IntFunction<Supplier<Future<?>>> client, Duration duration) throws InterruptedException {
        var done = new AtomicBoolean();
        var count = new AtomicLong();
        var latch = new CountDownLatch(Settings.CLIENTS);
        long start = System.nanoTime();
        for (int number = 0; number < Settings.CLIENTS; number++) {
            loop(client.apply(number), done, count, latch);
        }
        Thread.sleep(duration.toMillis());
        done.set(true);
        latch.await();
        return count.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void loop(Supplier<Future<?>> call, AtomicBoolean done, AtomicLong count, CountDownLatch latch) {
        if (done.get()) {
            latch.countDown();
            return;
        }
        call.get().onComplete(result -> {
            if (result.succeeded()) {
                count.incrementAndGet();
            }
            loop(call, done, count, latch);
        });
    }
}
