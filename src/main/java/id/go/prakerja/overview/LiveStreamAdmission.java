package id.go.prakerja.overview;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides on a status stream before its response starts, when an answer can still be a status: an unknown
 * participant is a 404 problem, a caller holding as many streams as it may a 429 ({@link StatusStreams}). Once
 * streaming, a failure could only cut the connection, and would be logged as an error for a client's mistake.
 */
public class LiveStreamAdmission {

    private final CurrentIdentityAssociation identities;
    private final ParticipantQueries queries;
    private final StatusStreams streams;

    public LiveStreamAdmission(
            CurrentIdentityAssociation identities, ParticipantQueries queries, StatusStreams streams) {
        this.identities = identities;
        this.queries = queries;
        this.streams = streams;
    }

    @ServerRequestFilter(priority = Priorities.USER)
    @LiveStream
    public Uni<Response> admit(UriInfo uri, RoutingContext routing) {
        UUID participantId;
        try {
            participantId = UUID.fromString(uri.getPathParameters().getFirst("participantId"));
        } catch (IllegalArgumentException | NullPointerException e) {
            // Not an id: the resource's own parameter conversion answers it.
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity.isAnonymous()) {
                return Uni.createFrom().nullItem();
            }
            var caller = identity.getPrincipal().getName();
            return queries.overview(participantId).map(view -> {
                if (view == null) {
                    throw new NotFoundException("No participant " + participantId);
                }
                streams.open(caller);
                routing.addEndHandler(ended -> streams.closed(caller));
                return null;
            });
        });
    }
}
