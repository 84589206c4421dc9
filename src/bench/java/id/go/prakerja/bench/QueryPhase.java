package id.go.prakerja.bench;

import static id.go.prakerja.bench.Latency.ms;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
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
 * CPU split that shows whether the service, PostgreSQL or the harness is the limit. Each request carries its
 * participant's access token, minted before the phase.
 */
record QueryPhase(HttpClient http, ProcessUsage usage, Report report) {

    /** The measured part's rate, p99, and the service's CPU per answered request. */
    record Result(double rate, double p99Millis, double serviceCpuMicrosPerQuery, Statuses statuses) {}

    Result run(Collection<UUID> participants, Tokens.Minted tokens) throws Exception {
        var ids = new ArrayList<>(participants);
        var bearers = ids.stream().map(tokens::bearer).toList();
        // As for the commands, the first seconds compile the query path and are not reported.
        load(ids, bearers, Settings.STEP, new Statuses());
        var statuses = new Statuses();
        var cpuBefore = usage.cpuTicks();
        long start = System.nanoTime();
        var load = load(ids, bearers, Settings.QUERY_DURATION, statuses);
        long wall = System.nanoTime() - start;
        var cpu = usage.cpuShares(cpuBefore, wall);
        double serviceCpuMicros = usage.serviceCpuMicros(cpuBefore) / (load.rate * wall / 1e9);
        report.line(
                "## Queries (`GET /participants/{id}` and `/balance`, " + Settings.CLIENTS + " clients, closed loop)");
        report.line("");
        report.line(String.format(
                "**%.0f requests/s**, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms over %d participants, %d s; CPU:"
                        + " service %s, PostgreSQL %s, harness %s; service CPU per answered request: %.0f µs."
                        + " Each request carries its participant's access token (minted before the phase, outside"
                        + " the timed loop); answers other than 2xx: %s.",
                load.rate,
                ms(load.latency, 50),
                ms(load.latency, 99),
                ms(load.latency, 99.9),
                ids.size(),
                Settings.QUERY_DURATION.toSeconds(),
                cpu[0],
                cpu[1],
                cpu[2],
                serviceCpuMicros,
                statuses));
        report.line("");
        return new Result(load.rate, ms(load.latency, 99), serviceCpuMicros, statuses);
    }

    private record Load(double rate, Histogram latency) {}

    private Load load(List<UUID> ids, List<String> bearers, Duration duration, Statuses statuses)
            throws InterruptedException {
        var latency = Latency.microseconds();
        double rate = ClosedLoop.run(
                client -> {
                    var next = new AtomicLong(client);
                    return () -> {
                        int index = (int) (next.getAndAdd(Settings.CLIENTS) % ids.size());
                        var id = ids.get(index);
                        var path = next.get() % 2 == 0
                                ? "/api/v1/participants/" + id
                                : "/api/v1/participants/" + id + "/balance";
                        long sent = System.nanoTime();
                        return http.request(HttpMethod.GET, path)
                                .compose(request -> request.putHeader("Authorization", bearers.get(index))
                                        .send())
                                .compose(response -> {
                                    statuses.record(response.statusCode());
                                    return response.statusCode() == 200
                                            ? response.body()
                                            : Future.failedFuture("HTTP " + response.statusCode() + " for " + path);
                                })
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
