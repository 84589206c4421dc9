package id.go.prakerja.platform.security;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address a request came from, as the limits on guessing count it: behind the trusted proxies of
 * {@code quarkus.http.proxy.*}, the one they forwarded.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
