package id.go.prakerja.bench;

import static id.go.prakerja.bench.Clients.await;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * What PostgreSQL alone can append on this machine at the time: the service's command rate means something only as a
 * share of it, since the machine's speed drifts from run to run and within one.
 */
record Ceiling(Pool pool) {

    /** Single-row appends into a fresh copy of {@code events}, one transaction each, for one step: tx/s. */
    double measure() throws Exception {
        await(pool.query("create table bench_events (like events including all)")
                .execute());
        var insert = "insert into bench_events (stream_id, stream_version, event_id, event_type, payload, metadata,"
                + " recorded_at) values ($1, 1, $2, 'ceiling.v1', '{\"a\":1}', '{}', now())";
        double rate = ClosedLoop.run(
                client ->
                        () -> pool.preparedQuery(insert).execute(Tuple.of("c-" + UUID.randomUUID(), UUID.randomUUID())),
                Settings.STEP);
        // Gone once measured, so that no checkpoint or autovacuum works on it during the service's phases.
        await(pool.query("drop table bench_events").execute());
        return rate;
    }
}
