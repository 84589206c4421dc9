package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operator view of the subscriptions: where each stands, rebuilding a projection without a restart, and the events
 * a subscription parked because it could not handle them.
 */
@Path("/api/v1/operator/projections")
@Tag(
        name = "Projections",
        description = "Where each subscription to the event log stands, and rebuilding a projection without a restart")
public class ProjectionsResource {

    /** Why the first parked event of a stream is skipped, kept beside it. */
    public record SkipRequest(@NotBlank @Size(max = 500) String reason) {}

    private final Subscriptions subscriptions;
    private final SecurityIdentity caller;

    public ProjectionsResource(Subscriptions subscriptions, SecurityIdentity caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
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

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Path("/{name}/parked")
    @Operation(
            summary = "List a subscription's parked events",
            description = "The events the subscription could not handle, each with the failure's reason, and the later"
                    + " events of the same stream parked behind it; newest first. With resolved=true also those"
                    + " retried, skipped or replaced by a rebuild.")
    @APIResponse(
            responseCode = "200",
            description = "The parked events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParkedEvents.Parked.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No subscription has this name")
    public Uni<List<ParkedEvents.Parked>> parked(
            @PathParam("name") String name,
            @QueryParam("resolved") @DefaultValue("false") boolean resolved,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        requireSubscription(name);
        return subscriptions.parked(name, resolved, limit);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{name}/parked/{streamId}/retry")
    @Operation(
            summary = "Retry a stream's parked events",
            description = "Once the fault is fixed: the instance that runs the subscription applies the stream's"
                    + " parked events again, in order, within a few seconds, and stops at the first that fails again.")
    @APIResponse(responseCode = "202", description = "The retry is requested")
    @APIResponse(responseCode = "404", description = "No such subscription, or nothing of the stream is parked")
    public Uni<Response> retry(@PathParam("name") String name, @PathParam("streamId") String streamId) {
        requireSubscription(name);
        return requested(
                subscriptions.retryParked(name, streamId, caller.getPrincipal().getName(), null));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{name}/parked/{streamId}/skip")
    @Operation(
            summary = "Skip a stream's first parked event",
            description = "Closes the event at fault without applying it, with the reason given, and retries the"
                    + " stream's later parked events. The read model then lacks what that event said: say why.")
    @APIResponse(responseCode = "202", description = "The skip is requested")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such subscription, or nothing of the stream is parked")
    public Uni<Response> skip(
            @PathParam("name") String name, @PathParam("streamId") String streamId, @Valid @NotNull SkipRequest skip) {
        requireSubscription(name);
        return requested(
                subscriptions.retryParked(name, streamId, caller.getPrincipal().getName(), skip.reason()));
    }

    private void requireSubscription(String name) {
        if (!subscriptions.exists(name)) {
            throw new NotFoundException("No subscription named " + name);
        }
    }

    private static Uni<Response> requested(Uni<Boolean> found) {
        return found.map(any -> {
            if (!any) {
                throw new NotFoundException("Nothing of this stream is parked");
            }
            return Response.accepted().build();
        });
    }
}
