package id.go.prakerja.overview;

import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The desk's search for a participant. A POST, so that an e-mail address or a NIK travels in the body and never in
 * an address that proxies, access logs and browser histories keep.
 */
@Path("/api/v1/operator/participant-search")
@Tag(name = "Overview", description = "Where a participant stands: status, balance, timeline and a live status stream")
public class ParticipantSearchResource {

    private final ParticipantSearch search;

    public ParticipantSearchResource(ParticipantSearch search) {
        this.search = search;
    }

    @POST
    @RolesAllowed({Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Operation(
            summary = "Find participants",
            description = "By exactly one of an e-mail address, a card number or a NIK; an erased participant is found"
                    + " by NIK and card number only.")
    @APIResponse(
            responseCode = "200",
            description = "The participants found, usually one",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantSearch.Match.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not exactly one key is given")
    public Uni<List<ParticipantSearch.Match>> find(@Valid @NotNull ParticipantSearch.Key key) {
        return search.find(key);
    }
}
