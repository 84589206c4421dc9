package id.go.prakerja.platform.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a request asks for: its query and body (the key's scope is its method and path), so that a key is
 * bound to one request. The body of an endpoint that takes one is already in memory when the filter runs
 * ({@code readBody}), and is put back for the resource; an endpoint that takes none is not read, which would block.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(ContainerRequestContext request) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        digest.update(
                request.getUriInfo().getRequestUri().getRawQuery() == null
                        ? new byte[0]
                        : request.getUriInfo().getRequestUri().getRawQuery().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (request.hasEntity() && !(request.getEntityStream() instanceof ByteArrayInputStream)) {
            // Larger than the input buffer (quarkus.rest.input-buffer-size): no digest without blocking, and a key
            // without one must never replay an answer to another body.
            return "unread-" + java.util.UUID.randomUUID();
        }
        if (request.hasEntity() && request.getEntityStream() instanceof ByteArrayInputStream body) {
            try (body) {
                var bytes = body.readAllBytes();
                digest.update(bytes);
                request.setEntityStream(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("The request body could not be read again", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
