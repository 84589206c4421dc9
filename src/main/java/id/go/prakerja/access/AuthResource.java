package id.go.prakerja.access;

import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.security.ClientAddress;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out, and forgotten passwords, for participants and operators alike. */
@Path("/api/v1/auth")
@Tag(name = "Sign-in", description = "Access and refresh tokens, sign-out and password reset")
public class AuthResource {

    private final SignInService signIn;
    private final PasswordResetService passwordReset;

    public AuthResource(SignInService signIn, PasswordResetService passwordReset) {
        this.signIn = signIn;
        this.passwordReset = passwordReset;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(
            summary = "Sign in",
            description = "Takes an e-mail address and a password; answers an access token and a refresh token.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuthMessages.Tokens.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "401", description = "The e-mail address or the password is wrong")
    @APIResponse(
            responseCode = "422",
            description = "The e-mail address is not verified, the account is disabled, or the participant must accept"
                    + " the privacy notice in force (PRIVACY_NOTICE_OUTDATED: sign in again naming its version)")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords; retry after Retry-After seconds")
    public Uni<AuthMessages.Tokens> login(
            @Valid @NotNull AuthMessages.Login login, @Context HttpServerRequest request) {
        return signIn.signIn(login.email(), login.password(), login.privacyNoticeVersion(), ClientAddress.of(request))
                .map(AuthMessages.Tokens::of);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(
            summary = "Refresh the tokens",
            description = "Spends the refresh token and answers a new pair. A refresh token used twice ends its"
                    + " sign-in everywhere.")
    @APIResponse(
            responseCode = "200",
            description = "A new pair",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuthMessages.Tokens.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "401", description = "The refresh token is unknown, expired, revoked or used")
    public Uni<AuthMessages.Tokens> refresh(@Valid @NotNull AuthMessages.Refresh refresh) {
        return signIn.refresh(refresh.refreshToken()).map(AuthMessages.Tokens::of);
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign out", description = "Revokes the refresh tokens of the sign-in the token belongs to.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public Uni<Response> logout(@Valid @NotNull AuthMessages.Refresh refresh, @Context SecurityContext security) {
        return signIn.signOut(
                        refresh.refreshToken(),
                        UUID.fromString(security.getUserPrincipal().getName()))
                .replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(
            summary = "Ask for a password reset",
            description = "E-mails a reset code if an account has this address. The answer is the same either way.")
    @APIResponse(responseCode = "202", description = "Accepted; a code is e-mailed if the account exists")
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "429", description = "Too many requests from this client")
    public Uni<Response> requestPasswordReset(
            @Valid @NotNull AuthMessages.PasswordResetRequest reset,
            @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        return passwordReset
                .request(reset.email(), ClientAddress.of(request), RequestMetadata.of(headers, "anonymous"))
                .replaceWith(Response.accepted().build());
    }

    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    @Operation(
            summary = "Set a new password",
            description = "Takes the e-mailed code (a reset or an operator's invitation) and the new password; every"
                    + " session of the account ends.")
    @APIResponse(responseCode = "204", description = "The password is set")
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(
            responseCode = "422",
            description = "The code is wrong or expired, or the password is too short, too long or too common")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; retry after Retry-After seconds")
    public Uni<Response> confirmPasswordReset(
            @Valid @NotNull AuthMessages.PasswordResetConfirmation confirmation,
            @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        return passwordReset
                .confirm(
                        confirmation.token(),
                        confirmation.newPassword(),
                        ClientAddress.of(request),
                        RequestMetadata.of(headers, "anonymous"))
                .replaceWith(Response.noContent().build());
    }
}
