package id.go.prakerja.eventstore.subscription;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Operator view of the subscriptions: where each stands, and rebuilding a projection without a restart. */
@Path("/api/v1/operator/projections")
public class ProjectionsResource {

    private final Subscriptions subscriptions;

    public ProjectionsResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    public Uni<List<Subscriptions.Status>> status() {
        return subscriptions.status();
    }

    @POST
    @Path("/{name}/rebuild")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        if (!subscriptions.isProjection(name)) {
            throw new NotFoundException("No projection named " + name);
        }
        return subscriptions.rebuild(name).replaceWith(Response.accepted().build());
    }
}
