package id.go.prakerja.overview;

import id.go.prakerja.batch.BatchService;
import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantCommand.RequestIdentityVerification;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.problem.NotEligible;
import id.go.prakerja.profile.BasicTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A participant's own journey: commands after registration, and the views of it. */
@Path("/api/v1/participants/{participantId}")
public class JourneyResource {

    private final ParticipantService participants;
    private final ParticipantQueries queries;
    private final BatchService batches;
    private final BasicTest basicTest;
    private final StatusBroadcast statusBroadcast;

    public JourneyResource(
            ParticipantService participants,
            ParticipantQueries queries,
            BatchService batches,
            BasicTest basicTest,
            StatusBroadcast statusBroadcast) {
        this.participants = participants;
        this.queries = queries;
        this.batches = batches;
        this.basicTest = basicTest;
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

    @PUT
    @Path("/profile")
    @Idempotent
    public Uni<Response> completeProfile(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.ProfileForm form,
            @Context HttpHeaders headers) {
        return participants
                .completeProfile(participantId, form.toDomain(), metadata(headers, participantId))
                .map(outcome -> {
                    var notEligible = outcome.events().stream()
                            .filter(FoundNotEligible.class::isInstance)
                            .map(FoundNotEligible.class::cast)
                            .findFirst();
                    if (notEligible.isPresent()) {
                        throw new NotEligible(
                                participantId,
                                outcome.version(),
                                notEligible.get().failedRules().stream()
                                        .map(Violation::of)
                                        .toList());
                    }
                    return JourneyResponses.accepted(outcome);
                });
    }

    @POST
    @Path("/basic-test")
    @Idempotent
    public Uni<Response> takeBasicTest(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.BasicTestAnswers submission,
            @Context HttpHeaders headers) {
        int score = basicTest.grade(submission.answers());
        return participants
                .execute(
                        participantId,
                        state -> new TakeBasicTest(score, participants.now()),
                        metadata(headers, participantId))
                .map(outcome -> {
                    var taken = (BasicTestTaken) outcome.events().get(0);
                    return Response.ok(new JourneyResponses.BasicTestResult(
                                    participantId, taken.score(), taken.passed(), outcome.version()))
                            .tag(new EntityTag(Long.toString(outcome.version())))
                            .build();
                });
    }

    @POST
    @Path("/identity-verification")
    @Idempotent
    public Uni<Response> requestIdentityVerification(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.IdentityVerification request,
            @Context HttpHeaders headers) {
        var requestId = UUID.randomUUID();
        return participants
                .execute(
                        participantId,
                        state -> new RequestIdentityVerification(
                                requestId, request.selfieReference(), participants.now()),
                        metadata(headers, participantId))
                .map(outcome -> Response.accepted(
                                new JourneyResponses.VerificationRequested(participantId, requestId, outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
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

    private static Response found(ParticipantOverview view, Function<ParticipantOverview, Object> body) {
        if (view == null) {
            throw new NotFoundException("No such participant");
        }
        return Response.ok(body.apply(view))
                .tag(new EntityTag(Long.toString(view.version())))
                .build();
    }

    private static id.go.prakerja.eventstore.EventMetadata metadata(HttpHeaders headers, UUID participantId) {
        return RequestMetadata.of(headers, "participant:" + participantId);
    }
}
