package id.go.prakerja.bench;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;

/**
 * What the service does per request for its token, measured in this JVM: SmallRye JWT's own parser, set up as the
 * service's configuration sets it (the public key set from its file, the issuer, the audience, RS256), parses and
 * verifies minted tokens in a loop on one thread, warmed up first. The service cannot run without its token checks,
 * so this is how the run tells what they cost against the CPU that a query takes.
 */
final class TokenVerification {

    /** Microseconds per verification: of the thread's CPU (comparable to the service's CPU), and of wall time. */
    record Cost(double cpuMicros, double wallMicros, long verifications) {}

    private TokenVerification() {}

    static Cost measure(Tokens tokens, List<String> bearers) throws ParseException {
        var info = new JWTAuthContextInfo(tokens.verificationKeysLocation(), Tokens.ISSUER);
        info.setExpectedAudience(Set.of(Tokens.AUDIENCE));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        var parser = new DefaultJWTParser(info);
        var raw = bearers.stream()
                .map(bearer -> bearer.substring("Bearer ".length()))
                .toList();
        loop(parser, raw, Settings.STEP.toNanos());
        var threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        long count = loop(parser, raw, Settings.STEP.toNanos());
        long wall = System.nanoTime() - wallBefore;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        return new Cost(cpu / 1e3 / count, wall / 1e3 / count, count);
    }

    private static long loop(DefaultJWTParser parser, List<String> tokens, long nanos) throws ParseException {
        long end = System.nanoTime() + nanos;
        long count = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                var token = parser.parse(tokens.get((int) (count % tokens.size())));
                if (token.getSubject() == null) {
                    throw new IllegalStateException("A token without its subject");
                }
                count++;
            }
        }
        return count;
    }
}
