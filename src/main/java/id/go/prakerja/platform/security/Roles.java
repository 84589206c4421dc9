package id.go.prakerja.platform.security;

import java.util.List;
import java.util.Set;

/**
 * The groups a token carries. A participant's token carries {@link #PARTICIPANT}; an operator's, the roles of their
 * account, modelled on the social-protection registries' predefined roles. An {@link #ADMIN} acts in every operator
 * role, so that a fresh deployment can be run by its first account.
 */
public final class Roles {

    public static final String PARTICIPANT = "participant";
    /** Participants' identity: freezes and unfreezes. */
    public static final String REGISTRAR = "registrar";
    /** Batches, selection and the catalog. */
    public static final String PROGRAM_MANAGER = "program-manager";
    /** Incentives, disbursement reports, revocation and clawback. */
    public static final String FINANCE = "finance";
    /** Reads a participant's status and timeline to help them. */
    public static final String SUPPORT = "support";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Operator accounts and roles, projection rebuilds; acts in every other role too. */
    public static final String ADMIN = "admin";

    public static final List<String> OPERATOR_ROLES =
            List.of(REGISTRAR, PROGRAM_MANAGER, FINANCE, SUPPORT, AUDITOR, ADMIN);

    private Roles() {}

    public static boolean isOperatorRole(String role) {
        return OPERATOR_ROLES.contains(role);
    }

    /** Whether {@code roles} are those of an operator, not of a participant. */
    public static boolean isOperator(Set<String> roles) {
        return roles.stream().anyMatch(Roles::isOperatorRole);
    }
}
