package id.go.prakerja.batch;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A participant with a verified identity applies to a batch. */
@Path("/api/v1/participants/{participantId}")
public class BatchApplicationResource {

    private final BatchService batches;

    public BatchApplicationResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @Path("/batch-applications")
    @Idempotent
    public Uni<Response> applyToBatch(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.BatchApplication application,
            @Context HttpHeaders headers) {
        return batches.apply(participantId, application.batchId(), metadata(headers, participantId))
                .map(outcome -> Response.status(Response.Status.CREATED)
                        .entity(new JourneyResponses.Accepted(
                                participantId, outcome.state().status().name(), outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    private static EventMetadata metadata(HttpHeaders headers, UUID participantId) {
        return RequestMetadata.of(headers, "participant:" + participantId);
    }
}
