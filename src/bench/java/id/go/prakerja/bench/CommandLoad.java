package id.go.prakerja.bench;

import io.vertx.core.AsyncResult;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Purchase and cancellation cycles at a fixed offered rate, open-loop: a cycle starts at its scheduled time whatever
 * the service does, and its latency counts from then, so that a stalled service cannot slow the load that measures it
 * (coordinated omission). Each request carries its participant's access token, minted before the phase.
 *
 * @param statuses the non-2xx answers over every step
 */
record CommandLoad(Clients clients, DataSet dataSet, Tokens.Minted tokens, Statuses statuses) {

    /** A step's outcome; {@code series} is its p50 and p99 of each second, as the {@link LatencyChart} takes them. */
    record Step(double achieved, Histogram latency, long errors, String series) {}

    /** One step of {@code rate} cycles a second; every 20th purchase also records its projection lag, unless null. */
    Step run(int rate, Histogram projectionLag) throws Exception {
        return run(rate, Settings.STEP, projectionLag);
    }

    /** As {@link #run(int, Histogram)}, for {@code duration} (a warm-up's is longer than a step). */
    Step run(int rate, Duration duration, Histogram projectionLag) throws Exception {
        var recorder = new Recorder(3);
        var total = Latency.microseconds();
        var errors = new AtomicLong();
        var completed = new AtomicLong();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var series = new StringBuilder();
        long nextSecond = start + 1_000_000_000L;
        long sequence = 0;
        var inFlight = new ArrayList<CompletableFuture<Void>>();
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            while (start + sequence * intervalNanos <= now) {
                long intended = start + sequence * intervalNanos;
                boolean sample = projectionLag != null && sequence % 20 == 0;
                inFlight.add(cycle(intended, recorder, errors, completed, sample ? projectionLag : null));
                sequence++;
            }
            if (now >= nextSecond) {
                var interval = recorder.getIntervalHistogram();
                total.add(interval);
                series.append(String.format("%d,%.1f,%.1f;", rate, Latency.ms(interval, 50), Latency.ms(interval, 99)));
                nextSecond += 1_000_000_000L;
            }
            Thread.sleep(0, 200_000);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        total.add(recorder.getIntervalHistogram());
        return new Step(completed.get() / (duration.toNanos() / 1e9), total, errors.get(), series.toString());
    }

    /** A purchase, then its cancellation, each one command; both latencies count from the scheduled start. */
    private CompletableFuture<Void> cycle(
            long intended, Recorder recorder, AtomicLong errors, AtomicLong completed, Histogram projectionLag) {
        var result = new CompletableFuture<Void>();
        var participant = dataSet.idle().poll();
        if (participant == null) {
            errors.incrementAndGet();
            result.complete(null);
            return result;
        }
        var bearer = tokens.bearer(participant);
        clients.http()
                .post(clients.port(), "localhost", "/api/v1/participants/" + participant + "/purchases")
                .putHeader("Authorization", bearer)
                .sendJsonObject(
                        new JsonObject().put("trainingId", dataSet.trainingId().toString()))
                .onComplete(purchase -> {
                    long done = System.nanoTime();
                    tally(purchase);
                    if (purchase.failed() || purchase.result().statusCode() != 201) {
                        errors.incrementAndGet();
                        dataSet.idle().add(participant);
                        result.complete(null);
                        return;
                    }
                    recorder.recordValue((done - intended) / 1000);
                    completed.incrementAndGet();
                    var body = purchase.result().bodyAsJsonObject();
                    if (projectionLag != null) {
                        awaitVersion(participant, body.getLong("version"), done, projectionLag);
                    }
                    long cancelStart = System.nanoTime();
                    clients.http()
                            .post(
                                    clients.port(),
                                    "localhost",
                                    "/api/v1/participants/" + participant + "/purchases/" + body.getString("purchaseId")
                                            + "/cancellation")
                            .putHeader("Authorization", bearer)
                            .send()
                            .onComplete(cancel -> {
                                tally(cancel);
                                if (cancel.failed() || cancel.result().statusCode() != 200) {
                                    errors.incrementAndGet();
                                } else {
                                    recorder.recordValue((System.nanoTime() - cancelStart) / 1000);
                                    completed.incrementAndGet();
                                }
                                dataSet.idle().add(participant);
                                result.complete(null);
                            });
                });
        return result;
    }

    private void tally(AsyncResult<? extends HttpResponse<?>> answer) {
        if (answer.succeeded()) {
            statuses.record(answer.result().statusCode());
        } else {
            statuses.failed();
        }
    }

    private void awaitVersion(UUID participant, long version, long since, Histogram lag) {
        clients.pool()
                .preparedQuery(PostgresStatistics.HARNESS
                        + "select version from participant_overview where participant_id = $1")
                .execute(Tuple.of(participant))
                .onSuccess(rows -> {
                    if (rows.iterator().next().getLong("version") >= version) {
                        synchronized (lag) {
                            lag.recordValue((System.nanoTime() - since) / 1000);
                        }
                    } else {
                        clients.vertx().setTimer(1, id -> awaitVersion(participant, version, since, lag));
                    }
                });
    }
}
