package id.go.prakerja.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The keys that verify the service's tokens, for gateways and other services. */
@Path("/.well-known/jwks.json")
@Tag(name = "Sign-in", description = "Access and refresh tokens, sign-out and password reset")
public class JwksResource {

    private static final String JWK_SET = "application/jwk-set+json";

    private final VerificationKeys keys;

    public JwksResource(VerificationKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces({JWK_SET, "application/json"})
    @Operation(
            summary = "The token verification keys",
            description = "A JSON Web Key Set of public keys: the one tokens are signed with now and, while keys"
                    + " rotate, the previous one.")
    @APIResponse(responseCode = "200", description = "The key set")
    public Response keys() {
        var cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.publicJwks()).cacheControl(cache).build();
    }
}
