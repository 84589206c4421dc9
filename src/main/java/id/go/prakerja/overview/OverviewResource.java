package id.go.prakerja.overview;

import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A participant's own journey as the overview shows it: status, balance, timeline, and status changes live. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Overview", description = "Where a participant stands: status, balance, timeline and a live status stream")
public class OverviewResource {

    private final ParticipantQueries queries;
    private final StatusBroadcast statusBroadcast;

    public OverviewResource(ParticipantQueries queries, StatusBroadcast statusBroadcast) {
        this.queries = queries;
        this.statusBroadcast = statusBroadcast;
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Operation(
            summary = "Get a participant's overview",
            description =
                    "With minVersion, waits briefly until the overview shows that version of the participant (read "
                            + "your own write). The ETag is the version.")
    @APIResponse(
            responseCode = "200",
            description = "The overview",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantOverview.class)))
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "503",
            description = "The overview has not reached minVersion yet; retry after the Retry-After seconds")
    public Uni<Response> participant(
            @PathParam("participantId") UUID participantId, @QueryParam("minVersion") long minVersion) {
        return queries.overview(participantId, minVersion).map(view -> found(view, overview -> overview));
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Path("/balance")
    @Operation(
            summary = "Get a participant's card balance",
            description =
                    "With minVersion, waits briefly until the overview shows that version. The ETag is the version.")
    @APIResponse(
            responseCode = "200",
            description = "The balance",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Balance.class)))
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "503",
            description = "The overview has not reached minVersion yet; retry after the Retry-After seconds")
    public Uni<Response> balance(
            @PathParam("participantId") UUID participantId, @QueryParam("minVersion") long minVersion) {
        return queries.overview(participantId, minVersion)
                .map(view -> found(
                        view,
                        v -> new JourneyResponses.Balance(
                                v.participantId(), v.cardNumber(), v.balance(), "IDR", v.version())));
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Path("/events")
    @Operation(
            summary = "List a participant's timeline",
            description = "Every step of the journey in order, summarised in Indonesian and English.")
    @APIResponse(
            responseCode = "200",
            description = "The timeline",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            implementation = JourneyResponses.TimelineItem.class,
                                            type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No participant has this id")
    public Uni<List<JourneyResponses.TimelineItem>> timeline(@PathParam("participantId") UUID participantId) {
        return queries.timeline(participantId).map(entries -> {
            if (entries.isEmpty()) {
                throw new NotFoundException("No participant " + participantId);
            }
            return entries.stream()
                    .map(e -> new JourneyResponses.TimelineItem(
                            e.version, e.eventType, e.occurredAt, e.summaryId, e.summaryEn))
                    .toList();
        });
    }

    /** The current status first, then every change as the projection commits it. */
    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Path("/status-stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Stream a participant's status",
            description = "Server-sent events: the current status first, then every change. A caller may hold"
                    + " prakerja.status-stream.max-per-caller streams open at once.")
    @APIResponse(
            responseCode = "200",
            description = "The status, then its changes",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = StatusBroadcast.StatusChanged.class)))
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(responseCode = "429", description = "The caller holds as many streams open as it may")
    @LiveStream
    public Multi<StatusBroadcast.StatusChanged> statusStream(@PathParam("participantId") UUID participantId) {
        var current = queries.overview(participantId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No participant " + participantId))
                .map(view -> new StatusBroadcast.StatusChanged(view.participantId(), view.status(), view.version()));
        return Multi.createBy().merging().streams(current.toMulti(), statusBroadcast.of(participantId));
    }

    private static Response found(ParticipantOverview view, Function<ParticipantOverview, Object> body) {
        if (view == null) {
            throw new NotFoundException("No such participant");
        }
        return Response.ok(body.apply(view))
                .tag(new EntityTag(Long.toString(view.version())))
                .build();
    }
}
