package id.go.prakerja.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator console is static: its page and scripts under {@code /console/} call the documented API with the
 * operator's own token, so the API's authorization is the console's. This only sends a bare {@code /console} there.
 */
@Path("/console")
@Tag(name = "Console", description = "The operator console, served by the service")
public class ConsoleResource {

    @GET
    @PermitAll
    @Operation(summary = "Open the operator console", description = "Redirects to /console/, the console's page.")
    @APIResponse(responseCode = "303", description = "See /console/")
    public Response open() {
        return Response.seeOther(URI.create("/console/")).build();
    }
}
