package id.go.prakerja.eventstore.relay;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.Optional;

/**
 * W3C Trace Context as the event log keeps it: the {@code traceparent} of the span that appended an event, written
 * into its metadata, and read back as the parent of what the relay does with it.
 */
public final class TraceContexts {

    private TraceContexts() {}

    /** The current span's {@code traceparent}, or null when tracing is off or nothing is traced. */
    public static String currentTraceparent() {
        var context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex();
    }

    /** The context whose remote parent {@code traceparent} names; empty when it is missing or malformed. */
    static Optional<Context> parentOf(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16 || parts[3].length() != 2) {
            return Optional.empty();
        }
        var remote = SpanContext.createFromRemoteParent(
                parts[1], parts[2], TraceFlags.fromHex(parts[3], 0), TraceState.getDefault());
        return remote.isValid() ? Optional.of(Context.root().with(Span.wrap(remote))) : Optional.empty();
    }
}
