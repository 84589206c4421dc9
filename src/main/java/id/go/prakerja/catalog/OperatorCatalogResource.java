package id.go.prakerja.catalog;

import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators publish trainings, change them (a price change is history) and take them off the catalog. */
@Path("/api/v1/operator/trainings")
@Tag(name = "Catalog")
public class OperatorCatalogResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    public record TrainingForm(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @NotNull TrainingDetails.Category category,
            @NotBlank @Size(max = 50) String platform,
            @NotBlank @Size(max = 200) String provider,
            @Positive @Max(100_000_000) long price,
            @Positive @Max(1000) int durationHours,
            @NotNull TrainingDetails.Delivery delivery,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> modules,
            @NotBlank @Size(max = 100) String certificateType,
            @NotBlank @Size(max = 500) String schedule,
            @NotBlank @Size(max = 500) String mentorContact) {

        TrainingDetails toDomain() {
            return new TrainingDetails(
                    title,
                    description,
                    category,
                    platform,
                    provider,
                    price,
                    durationHours,
                    delivery,
                    modules,
                    certificateType,
                    schedule,
                    mentorContact);
        }
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {}

    public record Changed(UUID trainingId, long version) {}

    private final CatalogService catalog;

    public OperatorCatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Idempotent
    @Operation(
            summary = "Publish a training",
            description = "The Location header names the training in the public catalog.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changed.class)))
    @APIResponse(responseCode = "400", description = "The form or the Idempotency-Key header is invalid")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(responseCode = "422", description = "The training platform is unknown")
    public Uni<Response> publish(@Valid @NotNull TrainingForm form, @Context HttpHeaders headers) {
        var trainingId = UUID.randomUUID();
        return catalog.publish(trainingId, form.toDomain(), RequestMetadata.of(headers, caller))
                .map(loaded -> Response.created(URI.create("/api/v1/trainings/" + trainingId))
                        .entity(new Changed(trainingId, loaded.version()))
                        .build());
    }

    @GET
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Path("/{trainingId}")
    @Operation(
            summary = "Read a training for editing",
            description = "Everything the editor sets, the mentor's contact included, which the public catalog does"
                    + " not show; unpublished trainings too.")
    @APIResponse(
            responseCode = "200",
            description = "The training",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TrainingDetails.class)))
    @APIResponse(responseCode = "404", description = "No training has this id")
    public Uni<TrainingDetails> details(@PathParam("trainingId") UUID trainingId) {
        return catalog.details(trainingId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No training " + trainingId));
    }

    @PUT
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Path("/{trainingId}")
    @Idempotent
    @Operation(summary = "Change a training", description = "A price change applies to purchases from now on.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changed.class)))
    @APIResponse(responseCode = "400", description = "The form or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No training has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(responseCode = "422", description = "The training platform is unknown")
    public Uni<Changed> change(
            @PathParam("trainingId") UUID trainingId, @Valid @NotNull TrainingForm form, @Context HttpHeaders headers) {
        return catalog.change(trainingId, form.toDomain(), RequestMetadata.of(headers, caller))
                .map(loaded -> new Changed(trainingId, loaded.version()));
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Path("/{trainingId}/unpublish")
    @Idempotent
    @Operation(summary = "Take a training off the catalog", description = "Those who bought it keep it.")
    @APIResponse(
            responseCode = "200",
            description = "Unpublished",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changed.class)))
    @APIResponse(responseCode = "400", description = "The reason or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No training has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(responseCode = "422", description = "The training is not in the catalog")
    public Uni<Changed> unpublish(
            @PathParam("trainingId") UUID trainingId, @Valid @NotNull Reason reason, @Context HttpHeaders headers) {
        return catalog.unpublish(trainingId, reason.reason(), RequestMetadata.of(headers, caller))
                .map(loaded -> new Changed(trainingId, loaded.version()));
    }
}
