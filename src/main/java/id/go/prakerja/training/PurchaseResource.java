package id.go.prakerja.training;

import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A participant's purchases: buying with the balance, cancelling for a refund, reviewing. */
@Path("/api/v1/participants/{participantId}/purchases")
public class PurchaseResource {

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
    @Idempotent
    public Uni<Response> purchase(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull PurchaseForm form,
            @Context HttpHeaders headers) {
        return purchases
                .purchase(participantId, form.trainingId(), metadata(headers, participantId))
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
    @Path("/{purchaseId}/cancellation")
    @Idempotent
    public Uni<Cancelled> cancel(
            @PathParam("participantId") UUID participantId,
            @PathParam("purchaseId") UUID purchaseId,
            @Context HttpHeaders headers) {
        return purchases
                .cancel(participantId, purchaseId, metadata(headers, participantId))
                .map(outcome -> {
                    var cancelled = (PurchaseCancelled) outcome.events().get(0);
                    return new Cancelled(purchaseId, cancelled.refund(), cancelled.balanceAfter(), outcome.version());
                });
    }

    @POST
    @Path("/{purchaseId}/review")
    @Idempotent
    public Uni<Response> review(
            @PathParam("participantId") UUID participantId,
            @PathParam("purchaseId") UUID purchaseId,
            @Valid @NotNull ReviewForm form,
            @Context HttpHeaders headers) {
        return purchases
                .review(participantId, purchaseId, form.rating(), form.review(), metadata(headers, participantId))
                .map(outcome -> Response.status(Response.Status.CREATED)
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    @GET
    public Uni<List<PurchaseQueries.PurchaseView>> list(@PathParam("participantId") UUID participantId) {
        return queries.purchases(participantId);
    }

    private static id.go.prakerja.eventstore.EventMetadata metadata(HttpHeaders headers, UUID participantId) {
        return RequestMetadata.of(headers, "participant:" + participantId);
    }
}
