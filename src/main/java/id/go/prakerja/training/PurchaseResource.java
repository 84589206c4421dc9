package id.go.prakerja.training;

import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's purchases: buying with the balance, cancelling for a refund, reviewing. */
@Path("/api/v1/participants/{participantId}/purchases")
@Tag(
        name = "Purchases",
        description = "A participant buys trainings with the card balance, cancels them for a refund and reviews them")
public class PurchaseResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    public record PurchaseForm(@NotNull UUID trainingId) {}

    public record ReviewForm(
            @Min(1) @Max(5) int rating,
            @NotBlank @Size(max = 2000) String review) {}

    public record Purchased(UUID purchaseId, String voucherCode, long price, long balanceAfter, long version) {}

    public record Cancelled(UUID purchaseId, long refund, long balanceAfter, long version) {}

    private final PurchaseService purchases;
    private final PurchaseQueries queries;

    public PurchaseResource(PurchaseService purchases, PurchaseQueries queries) {
        this.purchases = purchases;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Idempotent
    @Operation(
            summary = "Buy a training",
            description =
                    "Pays from the card balance and returns the voucher code to redeem on the training platform; the "
                            + "Location header names the purchase.")
    @APIResponse(
            responseCode = "201",
            description = "Bought",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Purchased.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant or no training has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description = "The card is not active, the training is no longer offered or already bought, the previous "
                    + "training is not completed, the balance is too low, or the participant is frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    public Uni<Response> purchase(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull PurchaseForm form,
            @Context HttpHeaders headers) {
        return purchases
                .purchase(
                        participantId,
                        form.trainingId(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> {
                    var purchased = (TrainingPurchased) outcome.events().get(0);
                    return Response.created(URI.create(
                                    "/api/v1/participants/" + participantId + "/purchases/" + purchased.purchaseId()))
                            .tag(new EntityTag(Long.toString(outcome.version())))
                            .entity(new Purchased(
                                    purchased.purchaseId(),
                                    purchased.voucherCode(),
                                    purchased.training().price(),
                                    purchased.balanceAfter(),
                                    outcome.version()))
                            .build();
                });
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/{purchaseId}/cancellation")
    @Idempotent
    @Operation(
            summary = "Cancel a purchase",
            description =
                    "Refunds it to the card balance, within the refund window and before the training is completed.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled and refunded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Cancelled.class)))
    @APIResponse(responseCode = "400", description = "The Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant or no purchase of theirs has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description =
                    "Already cancelled, the training is completed, the refund window has closed, or the participant is "
                            + "frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    public Uni<Cancelled> cancel(
            @PathParam("participantId") UUID participantId,
            @PathParam("purchaseId") UUID purchaseId,
            @Context HttpHeaders headers) {
        return purchases
                .cancel(
                        participantId,
                        purchaseId,
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> {
                    var cancelled = (PurchaseCancelled) outcome.events().get(0);
                    return new Cancelled(purchaseId, cancelled.refund(), cancelled.balanceAfter(), outcome.version());
                });
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/{purchaseId}/review")
    @Idempotent
    @Operation(summary = "Review a training", description = "Once it is completed; the rating counts in the catalog.")
    @APIResponse(responseCode = "201", description = "Reviewed")
    @APIResponse(responseCode = "400", description = "The review or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant or no purchase of theirs has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description = "The training is not completed or already reviewed, or the participant is frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    public Uni<Response> review(
            @PathParam("participantId") UUID participantId,
            @PathParam("purchaseId") UUID purchaseId,
            @Valid @NotNull ReviewForm form,
            @Context HttpHeaders headers) {
        return purchases
                .review(
                        participantId,
                        purchaseId,
                        form.rating(),
                        form.review(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> Response.status(Response.Status.CREATED)
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Operation(
            summary = "List a participant's purchases",
            description = "Oldest first, with each one's progress; empty for a participant who bought nothing yet.")
    @APIResponse(
            responseCode = "200",
            description = "The purchases",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            implementation = PurchaseQueries.PurchaseView.class,
                                            type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No participant has this id, or it is not a UUID")
    public Uni<List<PurchaseQueries.PurchaseView>> list(@PathParam("participantId") UUID participantId) {
        return queries.purchases(participantId);
    }
}
