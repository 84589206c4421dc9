package id.go.prakerja.bench;

import static id.go.prakerja.bench.Clients.await;

import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.WebClient;
import java.util.TreeMap;

/**
 * The service's subscriptions, watched through its operator API: how fast they work through the whole log, after a
 * start and in a rebuild, which is what a migration or a new projection costs in production.
 */
record Projections(WebClient http, GcLog gcLog, Report report) {

    /** How long each subscription of the freshly started service takes to work through the seeded log. */
    void catchUp(DataSet dataSet) throws Exception {
        long start = System.nanoTime();
        var caughtUp = new TreeMap<String, Double>();
        while (true) {
            var status = subscriptions();
            for (int i = 0; i < status.size(); i++) {
                var subscription = status.getJsonObject(i);
                if (subscription.getLong("lag") == 0) {
                    caughtUp.putIfAbsent(subscription.getString("name"), (System.nanoTime() - start) / 1e9);
                }
            }
            if (!status.isEmpty() && caughtUp.size() == status.size()) {
                break;
            }
            Thread.sleep(500);
        }
        report.line("## Catch-up after start (every subscription over the seeded log, all at once)");
        report.line("");
        report.line("Service GC pauses since its start (count, total ms, longest ms): " + gcLog.pauses() + ".");
        report.line("");
        report.line("| subscription | caught up after s | events/s |");
        report.line("| --- | ---: | ---: |");
        caughtUp.forEach((name, seconds) -> report.line(String.format(
                "| %s | %.1f | %.0f |", name, seconds, seconds < 1 ? Double.NaN : dataSet.events() / seconds)));
        report.line("");
    }

    void rebuild() throws Exception {
        long start = System.nanoTime();
        await(http.post(Settings.HTTP_PORT, "localhost", "/api/v1/operator/projections/participant-overview/rebuild")
                .send());
        long head = awaitCaughtUp("participant-overview");
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("## Rebuild");
        report.line("");
        report.line(String.format(
                "The status projection rebuilt from position 0 over %d events in %.1f s: **%.0f events/s**.",
                head, seconds, head / seconds));
        report.line("");
    }

    private JsonArray subscriptions() throws Exception {
        return await(http.get(Settings.HTTP_PORT, "localhost", "/api/v1/operator/projections")
                        .send())
                .bodyAsJsonArray();
    }

    /** Waits until the subscription's lag is 0 and returns the head position. */
    private long awaitCaughtUp(String name) throws Exception {
        while (true) {
            var status = subscriptions();
            for (int i = 0; i < status.size(); i++) {
                var subscription = status.getJsonObject(i);
                if (subscription.getString("name").equals(name) && subscription.getLong("lag") == 0) {
                    return subscription.getLong("headPosition");
                }
            }
            Thread.sleep(200);
        }
    }
}
