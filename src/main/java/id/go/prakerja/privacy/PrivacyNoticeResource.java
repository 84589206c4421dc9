package id.go.prakerja.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy notice in force, for anyone about to register or sign in. */
@Path("/api/v1/privacy-notice")
@Tag(name = "Privacy", description = "The privacy notice, the participant's personal data and its erasure")
public class PrivacyNoticeResource {

    private final PrivacyNotice notice;

    public PrivacyNoticeResource(PrivacyNotice notice) {
        this.notice = notice;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Read the privacy notice in force",
            description = "In Indonesian, or in English when Accept-Language asks for it; registration and sign-in"
                    + " name its version.")
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyNotice.Text.class)))
    public PrivacyNotice.Text notice(@Context HttpHeaders headers) {
        var languages = headers.getAcceptableLanguages();
        return notice.in(languages.isEmpty() ? Locale.ROOT : languages.get(0));
    }
}
