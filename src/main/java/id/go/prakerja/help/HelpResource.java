package id.go.prakerja.help;

import id.go.prakerja.platform.problem.ProblemMessages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seed's "Bantuan dan Dukungan": how to reach support, and the questions asked most. */
@Path("/api/v1/help")
@Tag(name = "Help", description = "Contact channels and frequently asked questions")
public class HelpResource {

    private final HelpContent help;

    public HelpResource(HelpContent help) {
        this.help = help;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Read the help: contact channels and frequently asked questions",
            description = "In Indonesian, or in English when Accept-Language asks for it. With q, only the questions"
                    + " whose question or answer holds every word of q (case does not matter).")
    @APIResponse(
            responseCode = "200",
            description = "The help",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HelpContent.Help.class)))
    @APIResponse(responseCode = "400", description = "q is longer than 200 characters")
    public HelpContent.Help help(
            @Parameter(description = "Words to look for", example = "sertifikat") @QueryParam("q") @Size(max = 200)
                    String query,
            @Context HttpHeaders headers) {
        return help.in(ProblemMessages.localeOf(headers), query);
    }
}
