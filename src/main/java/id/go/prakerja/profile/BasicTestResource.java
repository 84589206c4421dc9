package id.go.prakerja.profile;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The questions of the basic test, without their answers. */
@Path("/api/v1/basic-test")
public class BasicTestResource {

    private final BasicTest basicTest;

    public BasicTestResource(BasicTest basicTest) {
        this.basicTest = basicTest;
    }

    @GET
    public List<BasicTest.PublicQuestion> questions() {
        return basicTest.questions();
    }
}
