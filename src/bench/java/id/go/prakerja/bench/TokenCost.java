package id.go.prakerja.bench;

import java.util.List;

/**
 * The queries' rate with tokens against an estimate of it without them, in the same run: the service cannot run
 * without its token checks, so the harness measures what one check costs ({@link TokenVerification}) and takes it off
 * the service's CPU per query that the query phase measured.
 */
record TokenCost(Tokens tokens, Report report) {

    void write(QueryPhase.Result queries, Tokens.Minted minted) throws Exception {
        var sample = List.copyOf(minted.bearers().values())
                .subList(0, Math.min(1000, minted.bearers().size()));
        var cost = TokenVerification.measure(tokens, sample);
        double perQuery = queries.serviceCpuMicrosPerQuery();
        double share = (perQuery - cost.cpuMicros()) / perQuery;
        report.line("## Token checks: their cost per query");
        report.line("");
        report.line(String.format(
                "SmallRye JWT's `DefaultJWTParser`, set up as the service is (the public key set from its file, issuer,"
                        + " audience, RS256), parsing and verifying %d minted tokens in turn on one thread of the harness"
                        + " after %d s of warm-up: **%.1f µs of CPU per verification** (%.1f µs of wall time; %d"
                        + " verifications).",
                sample.size(), Settings.STEP.toSeconds(), cost.cpuMicros(), cost.wallMicros(), cost.verifications()));
        report.line("");
        report.line(String.format(
                "Queries with tokens: %.0f requests/s at %.0f µs of service CPU each. Without the verification that"
                        + " would be %.0f µs, so the rate without tokens ≈ %.0f × %.0f / (%.0f − %.1f) = **%.0f"
                        + " requests/s**; with tokens the rate is **%.1f %%** of that (the target: ≥ 90 %%). This"
                        + " counts the signature check and the claims' parsing only, not the identity, role check and"
                        + " own-journey filter around them, and assumes the rate follows the service's CPU per query.",
                queries.rate(),
                perQuery,
                perQuery - cost.cpuMicros(),
                queries.rate(),
                perQuery,
                perQuery,
                cost.cpuMicros(),
                queries.rate() / share,
                100 * share));
        report.line("");
    }
}
