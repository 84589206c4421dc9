package id.go.prakerja.overview;

import id.go.prakerja.participant.JourneyResponses;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A participant's own journey as the overview shows it: status, balance, timeline, and status changes live. */
@Path("/api/v1/participants/{participantId}")
public class OverviewResource {

    private final ParticipantQueries queries;
    private final StatusBroadcast statusBroadcast;

    public OverviewResource(ParticipantQueries queries, StatusBroadcast statusBroadcast) {
        this.queries = queries;
        this.statusBroadcast = statusBroadcast;
    }

    @GET
    public Uni<Response> participant(
            @PathParam("participantId") UUID participantId, @QueryParam("minVersion") long minVersion) {
        return queries.overview(participantId, minVersion).map(view -> found(view, overview -> overview));
    }

    @GET
    @Path("/balance")
    public Uni<Response> balance(
            @PathParam("participantId") UUID participantId, @QueryParam("minVersion") long minVersion) {
        return queries.overview(participantId, minVersion)
                .map(view -> found(
                        view,
                        v -> new JourneyResponses.Balance(
                                v.participantId(), v.cardNumber(), v.balance(), "IDR", v.version())));
    }

    @GET
    @Path("/events")
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
    @Path("/status-stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
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
