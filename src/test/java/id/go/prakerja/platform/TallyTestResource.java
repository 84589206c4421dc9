package id.go.prakerja.platform;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.NewEvent;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only command endpoint: each call appends one event to {@code tally-<id>}; a body is taken and ignored. */
@PermitAll
@Path("/test/tallies/{id}")
public class TallyTestResource {

    private final EventStore eventStore;
    private final Clock clock;

    public TallyTestResource(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @POST
    @Idempotent
    @Operation(hidden = true)
    public Uni<Response> count(@PathParam("id") UUID id, String note) {
        return tally(id);
    }

    /** The same command without {@code @Idempotent}: a key sent with it must change nothing. */
    @POST
    @Path("/unkeyed")
    @Operation(hidden = true)
    public Uni<Response> countWithoutKey(@PathParam("id") UUID id) {
        return tally(id);
    }

    private Uni<Response> tally(UUID id) {
        var event = new NewEvent(
                UUID.randomUUID(),
                "tallied.v1",
                "{}",
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"));
        return eventStore
                .append("tally-" + id, ExpectedVersion.any(), List.of(event), clock.instant())
                .map(result -> Response.status(201)
                        .entity(Map.of("version", result.streamVersion(), "call", UUID.randomUUID()))
                        .build());
    }
}
