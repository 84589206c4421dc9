package id.go.prakerja.profile;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questions of the basic test, without their answers. */
@Path("/api/v1/basic-test")
@Tag(name = "Profile", description = "The profile and basic test that decide whether a participant may join")
public class BasicTestResource {

    private final BasicTest basicTest;

    public BasicTestResource(BasicTest basicTest) {
        this.basicTest = basicTest;
    }

    @GET
    @PermitAll
    @Operation(summary = "List the basic test questions", description = "Without their answers.")
    @APIResponse(
            responseCode = "200",
            description = "The questions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BasicTest.PublicQuestion.class, type = SchemaType.ARRAY)))
    public List<BasicTest.PublicQuestion> questions() {
        return basicTest.questions();
    }
}
