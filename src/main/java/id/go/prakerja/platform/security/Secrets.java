package id.go.prakerja.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Password hashes (bcrypt, off the event loop) and one-time tokens, of which only a digest is ever stored. */
@ApplicationScoped
public class Secrets {

    private static final int TOKEN_BYTES = 24;
    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /**
     * Checked when no account matches, so that an unknown address takes as long as a wrong password. Made on a worker
     * thread at its first use: this bean may be created on an event loop, which bcrypt would stall.
     */
    private volatile String decoyHash;

    public Secrets(SecurityConfig config) {
        this.cost = config.bcryptCost();
    }

    /** bcrypt takes hundreds of milliseconds by design, so it runs on a worker thread. */
    public Uni<String> hashPassword(String password) {
        return Uni.createFrom()
                .item(() -> BcryptUtil.bcryptHash(password, cost))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Whether {@code password} is the one {@code hash} was made of; with no hash, as long as a wrong one. */
    public Uni<Boolean> passwordMatches(String password, String hash) {
        return Uni.createFrom()
                .item(() -> {
                    if (hash == null) {
                        BcryptUtil.matches(password, decoy());
                        return false;
                    }
                    return BcryptUtil.matches(password, hash);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String decoy() {
        var decoy = decoyHash;
        if (decoy == null) {
            decoy = BcryptUtil.bcryptHash(newToken(), cost);
            decoyHash = decoy;
        }
        return decoy;
    }

    public String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String token) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compares two digests in time that does not depend on where they differ. */
    public static boolean sameDigest(String expected, String actual) {
        return expected != null
                && actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
