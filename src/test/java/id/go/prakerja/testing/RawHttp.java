package id.go.prakerja.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One HTTP/1.1 exchange written by hand, for requests that client libraries refuse to send. */
public final class RawHttp {

    /** The answer's status and body; the connection is closed after it. */
    public record Answer(int status, String contentType, String body) {

        /** The body read as a problem, after checking that it is one. */
        public JsonObject problem() {
            if (!contentType.startsWith("application/problem+json")) {
                throw new AssertionError("Not a problem (" + status + ", " + contentType + "): " + body);
            }
            return new JsonObject(body);
        }
    }

    private RawHttp() {}

    /**
     * @param requestLine e.g. {@code GET /x HTTP/1.1}
     * @param extraHeaders header lines, each ending in CRLF
     */
    public static Answer send(int port, String requestLine, String extraHeaders) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var request = requestLine + "\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n"
                    + extraHeaders + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = raw.substring(0, Math.max(raw.indexOf("\r\n\r\n"), 0));
            var status = Integer.parseInt(head.substring(9, 12));
            var contentType = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim())
                    .findFirst()
                    .orElse("");
            return new Answer(status, contentType, raw.substring(Math.min(head.length() + 4, raw.length())));
        }
    }
}
