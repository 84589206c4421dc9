package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator view of the subscriptions: where each stands, and rebuilding a projection without a restart. */
@Path("/api/v1/operator/projections")
@Tag(
        name = "Projections",
        description = "Where each subscription to the event log stands, and rebuilding a projection without a restart")
public class ProjectionsResource {

    private final Subscriptions subscriptions;

    public ProjectionsResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "List the subscriptions", description = "Each one's checkpoint and lag behind the log.")
    @APIResponse(
            responseCode = "200",
            description = "The subscriptions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Subscriptions.Status.class, type = SchemaType.ARRAY)))
    public Uni<List<Subscriptions.Status>> status() {
        return subscriptions.status();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{name}/rebuild")
    @Operation(
            summary = "Rebuild a projection",
            description = "Empties it and replays the log into it while the service keeps running.")
    @APIResponse(responseCode = "202", description = "The rebuild has started")
    @APIResponse(responseCode = "404", description = "No projection has this name")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        if (!subscriptions.isProjection(name)) {
            throw new NotFoundException("No projection named " + name);
        }
        return subscriptions.rebuild(name).replaceWith(Response.accepted().build());
    }
}
