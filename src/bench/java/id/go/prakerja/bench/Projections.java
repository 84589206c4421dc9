package id.go.prakerja.bench;

import static id.go.prakerja.bench.Clients.await;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.TreeMap;

/**
 * The service's subscriptions, watched through its operator API: how fast they work through the whole log, after a
 * start and in a rebuild, which is what a migration or a new projection costs in production. The operator API wants
 * an admin's token: the bootstrap admin's, from the real sign-in endpoint, signed in again before it expires.
 */
final class Projections {

    private static final Duration SIGN_IN_AGAIN_AFTER = Duration.ofMinutes(10);

    private final WebClient http;
    private final int port;
    private final GcLog gcLog;
    private final Report report;
    private String bearer;
    private long signedInAt;

    Projections(Clients clients, GcLog gcLog, Report report) {
        this.http = clients.http();
        this.port = clients.port();
        this.gcLog = gcLog;
        this.report = report;
    }

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
        var answer = await(http.post(port, "localhost", "/api/v1/operator/projections/participant-overview/rebuild")
                .putHeader("Authorization", adminBearer())
                .send());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "The rebuild was answered " + answer.statusCode() + ": " + answer.bodyAsString());
        }
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
        var answer = await(http.get(port, "localhost", "/api/v1/operator/projections")
                .putHeader("Authorization", adminBearer())
                .send());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "The projections were answered " + answer.statusCode() + ": " + answer.bodyAsString());
        }
        return answer.bodyAsJsonArray();
    }

    /** The admin's token from {@code POST /api/v1/auth/login}, as an operator's client gets it. */
    private String adminBearer() throws Exception {
        if (bearer == null || System.nanoTime() - signedInAt > SIGN_IN_AGAIN_AFTER.toNanos()) {
            var answer = await(http.post(port, "localhost", "/api/v1/auth/login")
                    .sendJsonObject(new JsonObject()
                            .put("email", Settings.ADMIN_EMAIL)
                            .put("password", Settings.ADMIN_PASSWORD)));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "The admin's sign-in was answered " + answer.statusCode() + ": " + answer.bodyAsString());
            }
            bearer = "Bearer " + answer.bodyAsJsonObject().getString("accessToken");
            signedInAt = System.nanoTime();
        }
        return bearer;
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
