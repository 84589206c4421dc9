package id.go.prakerja.eventstore.personal;

import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** The second half of a key-encryption key's rotation: the data keys wrapped under the previous key, rewrapped. */
@Path("/api/v1/operator/data-keys")
@Tag(name = "Personal data keys", description = "Rotating the key that wraps every participant's data key")
public class DataKeysResource {

    private static final Logger LOG = Logger.getLogger(DataKeysResource.class);
    private static final int BATCH = 500;

    /** How many data keys were rewrapped, and under which key they are now. */
    public record Rewrapped(int rewrapped, String wrappedUnder) {}

    private final DataKeys dataKeys;
    private final KeyEncryptionKey keyEncryptionKey;

    public DataKeysResource(DataKeys dataKeys, KeyEncryptionKey keyEncryptionKey) {
        this.dataKeys = dataKeys;
        this.keyEncryptionKey = keyEncryptionKey;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/rewrap")
    @Operation(
            summary = "Rewrap the data keys of a previous key-encryption key",
            description = "After a new key was made primary in the keyset (and the keyset rolled out): wraps every data"
                    + " key still wrapped under the key {from} under the new primary, batch by batch, without"
                    + " touching an event. When it answers, the previous key may leave the keyset.")
    @APIResponse(
            responseCode = "200",
            description = "Rewrapped",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Rewrapped.class)))
    @APIResponse(responseCode = "400", description = "from is not a key id")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Only an admin rotates keys")
    public Uni<Rewrapped> rewrap(@QueryParam("from") @NotBlank @Pattern(regexp = "\\d{1,10}") String from) {
        return rewrapAll(from, 0)
                .invoke(total -> LOG.infof(
                        "Rewrapped %d data keys from key %s to key %s", total, from, keyEncryptionKey.currentVersion()))
                .map(total -> new Rewrapped(total, keyEncryptionKey.currentVersion()));
    }

    private Uni<Integer> rewrapAll(String from, int done) {
        return dataKeys.rewrap(from, BATCH)
                .chain(batch -> batch == 0 ? Uni.createFrom().item(done) : rewrapAll(from, done + batch));
    }
}
