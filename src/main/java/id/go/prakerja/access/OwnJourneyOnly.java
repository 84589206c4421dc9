package id.go.prakerja.access;

import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A participant reaches only their own journey: under {@code /api/v1/participants/{participantId}} a participant's
 * token must name that participant, and another participant's id answers 404, as if it did not exist. Which roles
 * may call an endpoint at all is each endpoint's {@code @RolesAllowed}.
 */
public class OwnJourneyOnly {

    private static final String PARTICIPANTS = "/api/v1/participants/";
    private static final String PARAMETER = "participantId";

    private final CurrentIdentityAssociation identities;

    public OwnJourneyOnly(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    // Before every other filter of the application, the replay of idempotent responses among them.
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> onlyOwnJourney(ContainerRequestContext request, UriInfo uri) {
        var participantId = uri.getPathParameters().getFirst(PARAMETER);
        if (participantId == null || !uri.getPath().startsWith(PARTICIPANTS)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (isParticipant(identity)
                    && !participantId.equals(identity.getPrincipal().getName())) {
                throw HttpMethod.GET.equals(request.getMethod())
                        ? new NotFoundException("No participant " + participantId)
                        : new RuleViolated(List.of(Violation.of(Rule.PARTICIPANT_NOT_FOUND)));
            }
            return null;
        });
    }

    private static boolean isParticipant(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.hasRole(Roles.PARTICIPANT);
    }
}
