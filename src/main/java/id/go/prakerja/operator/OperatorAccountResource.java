package id.go.prakerja.operator;

import id.go.prakerja.operator.OperatorService.OperatorAccount;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins create operator accounts, change their roles and disable them; each change is an event. */
@Path("/api/v1/operator/accounts")
@Tag(name = "Operator accounts", description = "Operators' accounts and roles, for admins")
public class OperatorAccountResource {

    /** The signed-in admin, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final OperatorService operators;

    public OperatorAccountResource(OperatorService operators) {
        this.operators = operators;
    }

    public record Invitation(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = 6) List<@NotBlank String> roles) {}

    public record RoleChange(
            @NotNull @Size(min = 1, max = 6) List<@NotBlank String> roles) {}

    public record Reason(@NotBlank @Size(max = 500) String reason) {}

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Invite an operator",
            description = "Creates an operator account with roles and e-mails a code with which they set a password.")
    @APIResponse(
            responseCode = "201",
            description = "Invited",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorAccount.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "409", description = "An operator account has this e-mail address")
    @APIResponse(responseCode = "422", description = "A role is not an operator role")
    public Uni<Response> invite(@Valid @NotNull Invitation invitation, @Context HttpHeaders headers) {
        return operators
                .invite(invitation.email(), invitation.roles(), RequestMetadata.of(headers, caller))
                .map(outcome -> Response.created(URI.create("/api/v1/operator/accounts/" + outcome.id()))
                        .entity(OperatorAccount.of(outcome.state()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "List operator accounts", description = "Every operator account with its roles.")
    @APIResponse(
            responseCode = "200",
            description = "The accounts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OperatorAccount.class)))
    public Uni<List<OperatorAccount>> list() {
        return operators.list();
    }

    @PUT
    @Path("/{operatorId}/roles")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an operator's roles", description = "Replaces the account's roles.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorAccount.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "404", description = "No operator account has this id")
    @APIResponse(responseCode = "422", description = "A role is not an operator role")
    public Uni<OperatorAccount> changeRoles(
            @PathParam("operatorId") UUID operatorId, @Valid @NotNull RoleChange change, @Context HttpHeaders headers) {
        return operators
                .changeRoles(operatorId, change.roles(), RequestMetadata.of(headers, caller))
                .map(outcome -> OperatorAccount.of(outcome.state()));
    }

    @POST
    @Path("/{operatorId}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Disable an operator",
            description = "The account can no longer sign in or refresh; its sessions end.")
    @APIResponse(
            responseCode = "200",
            description = "Disabled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorAccount.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid")
    @APIResponse(responseCode = "404", description = "No operator account has this id")
    @APIResponse(responseCode = "422", description = "The account is already disabled")
    public Uni<OperatorAccount> disable(
            @PathParam("operatorId") UUID operatorId, @Valid @NotNull Reason reason, @Context HttpHeaders headers) {
        return operators
                .disable(operatorId, reason.reason(), RequestMetadata.of(headers, caller))
                .map(outcome -> OperatorAccount.of(outcome.state()));
    }

    @POST
    @Path("/{operatorId}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable an operator again", description = "The account may sign in again.")
    @APIResponse(
            responseCode = "200",
            description = "Enabled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorAccount.class)))
    @APIResponse(responseCode = "404", description = "No operator account has this id")
    @APIResponse(responseCode = "422", description = "The account is not disabled")
    public Uni<OperatorAccount> enable(@PathParam("operatorId") UUID operatorId, @Context HttpHeaders headers) {
        return operators
                .enable(operatorId, RequestMetadata.of(headers, caller))
                .map(outcome -> OperatorAccount.of(outcome.state()));
    }
}
