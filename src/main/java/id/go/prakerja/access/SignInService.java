package id.go.prakerja.access;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.security.AccountCode;
import id.go.prakerja.platform.security.Secrets;
import id.go.prakerja.platform.security.SecurityConfig;
import id.go.prakerja.platform.security.Throttle;
import id.go.prakerja.privacy.PrivacyService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Signs accounts in with e-mail and password, and keeps them signed in with rotating refresh tokens. Wrong
 * passwords count against the account and the client address; while either is locked out even the right password
 * is refused.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);

    private final Accounts accounts;
    private final Secrets secrets;
    private final Throttle throttle;
    private final SecurityConfig.Throttling limits;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final Pool pool;
    private final AccessConfig config;
    private final PrivacyService privacy;
    private final LookupDigests digests;
    private final Clock clock;

    SignInService(
            Accounts accounts,
            Secrets secrets,
            Throttle throttle,
            SecurityConfig security,
            TokenIssuer tokens,
            RefreshTokens refreshTokens,
            Pool pool,
            AccessConfig config,
            PrivacyService privacy,
            LookupDigests digests,
            Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.throttle = throttle;
        this.limits = security.throttling();
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.pool = pool;
        this.config = config;
        this.privacy = privacy;
        this.digests = digests;
        this.clock = clock;
    }

    /** An access token and a refresh token for the account signed in. */
    public record SignedIn(
            String accessToken,
            long expiresIn,
            String refreshToken,
            AccountCode.Kind kind,
            UUID accountId,
            List<String> roles) {}

    /**
     * Signs in. A participant who has not accepted the privacy notice in force is refused until the sign-in names
     * it ({@code acceptedNotice}); the acceptance is then recorded before the tokens are issued.
     */
    public Uni<SignedIn> signIn(String email, String password, String acceptedNotice, String clientAddress) {
        var now = clock.instant();
        // Keyed, like the reservations: a plain hash of an address in the throttles table could be reversed.
        var accountKey = Throttle.key("sign-in-account", digests.email(email));
        var clientKey = Throttle.key("sign-in-client", clientAddress);
        return throttle.guard(
                        now,
                        accountKey,
                        limits.signInPerAccount(),
                        "an account",
                        clientKey,
                        limits.signInPerClient(),
                        () -> accounts.byEmail(email)
                                .chain(candidates -> matching(candidates, password))
                                .map(matched -> matched.orElseThrow(() -> {
                                    LOG.infof("Sign-in failed: wrong password or unknown address");
                                    return new InvalidCredentials();
                                })),
                        InvalidCredentials.class::isInstance)
                .chain(account -> admit(account, acceptedNotice));
    }

    /** Rotates the refresh token: the old one is spent, the pair returned replaces it. */
    public Uni<SignedIn> refresh(String refreshToken) {
        return pool.withTransaction(transaction -> refreshTokens
                        .use(transaction, refreshToken)
                        .chain(used -> used.isEmpty()
                                ? Uni.createFrom().item(Optional.<SignedIn>empty())
                                : accounts.byId(used.get().kind(), used.get().accountId())
                                        .chain(account -> account.filter(SignInService::mayStaySignedIn)
                                                .map(valid -> refreshTokens
                                                        .next(transaction, used.get())
                                                        .map(next -> Optional.of(signedIn(valid, next))))
                                                .orElse(Uni.createFrom().item(Optional.empty())))))
                // Outside the transaction, so that a reused token's family stays revoked.
                .map(signedIn -> signedIn.orElseThrow(InvalidRefreshToken::new));
    }

    /** Ends the sign-in {@code refreshToken} belongs to, if it is the caller's. */
    public Uni<Void> signOut(String refreshToken, UUID accountId) {
        return refreshTokens
                .revokeFamily(refreshToken, accountId)
                .invoke(() -> LOG.infof("Account %s signed out", accountId));
    }

    /** Refresh tokens a lifetime past their expiry, and guessing counts long quiet, are no use to anyone. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        var now = clock.instant();
        return refreshTokens
                .purgeExpiredBefore(now.minus(config.refreshTokenLifetime()))
                .invoke(purged -> LOG.debugf("Purged %d expired refresh tokens", purged))
                .chain(() -> throttle.purge(now))
                .invoke(purged -> LOG.debugf("Purged %d quiet guessing counts", purged))
                .replaceWithVoid();
    }

    private Uni<SignedIn> admit(Account account, String acceptedNotice) {
        if (!account.emailVerified()) {
            return Uni.createFrom().failure(new RuleViolated(List.of(Violation.of(Rule.EMAIL_NOT_VERIFIED))));
        }
        if (account.disabled()) {
            return Uni.createFrom().failure(new RuleViolated(List.of(Violation.of(Rule.OPERATOR_DISABLED))));
        }
        if (account.kind() == AccountCode.Kind.PARTICIPANT
                && !privacy.acceptedCurrentNotice(account.privacyNoticeVersion())) {
            return privacy.accept(
                            account.id(),
                            acceptedNotice,
                            EventMetadata.of(
                                    UUID.randomUUID().toString(),
                                    null,
                                    account.id().toString()))
                    .chain(() -> issue(account));
        }
        return issue(account);
    }

    private Uni<SignedIn> issue(Account account) {
        return refreshTokens
                .issue(account)
                .map(refresh -> signedIn(account, refresh))
                .invoke(signedIn -> LOG.infof("Account %s signed in as %s", account.id(), account.roles()));
    }

    /** The first candidate the password opens; every one is tried, so an address with none costs the same. */
    private Uni<Optional<Account>> matching(List<Account> candidates, String password) {
        if (candidates.isEmpty()) {
            return secrets.passwordMatches(password, null).replaceWith(Optional.empty());
        }
        return Multi.createFrom()
                .iterable(candidates)
                .onItem()
                .transformToUniAndConcatenate(account -> secrets.passwordMatches(password, account.passwordHash())
                        .map(matches -> matches ? Optional.of(account) : Optional.<Account>empty()))
                .filter(Optional::isPresent)
                .toUni()
                .map(first -> first == null ? Optional.<Account>empty() : first);
    }

    private static boolean mayStaySignedIn(Account account) {
        return account.emailVerified() && !account.disabled();
    }

    private SignedIn signedIn(Account account, String refreshToken) {
        return new SignedIn(
                tokens.accessToken(account),
                tokens.lifetimeSeconds(),
                refreshToken,
                account.kind(),
                account.id(),
                account.roles());
    }
}
