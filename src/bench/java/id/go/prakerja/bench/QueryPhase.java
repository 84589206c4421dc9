package id.go.prakerja.bench;

import static id.go.prakerja.bench.Latency.ms;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The read side under load: how many participant and balance reads the projections serve, and how fast, with the
 * CPU split that shows whether the service, PostgreSQL or the harness is the limit.
 */
record QueryPhase(HttpClient http, ProcessUsage usage, Report report) {

    void run(Collection<UUID> participants) throws Exception {
        var ids = new ArrayList<>(participants);
        // As for the commands, the first seconds compile the query path and are not reported.
        load(ids, Settings.STEP);
        var cpuBefore = usage.cpuTicks();
        long start = System.nanoTime();
        var load = load(ids, Settings.QUERY_DURATION);
        var cpu = usage.cpuShares(cpuBefore, System.nanoTime() - start);
        report.line(
                "## Queries (`GET /participants/{id}` and `/balance`, " + Settings.CLIENTS + " clients, closed loop)");
        report.line("");
        report.line(String.format(
                "**%.0f requests/s**, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms over %d participants, %d s; CPU:"
                        + " service %s, PostgreSQL %s, harness %s.",
                load.rate,
                ms(load.latency, 50),
                ms(load.latency, 99),
                ms(load.latency, 99.9),
                ids.size(),
                Settings.QUERY_DURATION.toSeconds(),
                cpu[0],
                cpu[1],
                cpu[2]));
        report.line("");
    }

    private record Load(double rate, Histogram latency) {}

    private Load load(List<UUID> ids, Duration duration) throws InterruptedException {
        var latency = Latency.microseconds();
        double rate = ClosedLoop.run(
                client -> {
                    var next = new AtomicLong(client);
                    return () -> {
                        var id = ids.get((int) (next.getAndAdd(Settings.CLIENTS) % ids.size()));
                        var path = next.get() % 2 == 0
                                ? "/api/v1/participants/" + id
                                : "/api/v1/participants/" + id + "/balance";
                        long sent = System.nanoTime();
                        return http.request(HttpMethod.GET, path)
                                .compose(HttpClientRequest::send)
                                .compose(response -> response.statusCode() == 200
                                        ? response.body()
                                        : Future.failedFuture("HTTP " + response.statusCode() + " for " + path))
                                .onSuccess(body -> {
                                    synchronized (latency) {
                                        latency.recordValue((System.nanoTime() - sent) / 1000);
                                    }
                                });
                    };
                },
                duration);
        return new Load(rate, latency);
    }
}
