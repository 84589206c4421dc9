package id.go.prakerja.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Passwords, one-time tokens and the limits on guessing them. */
@ConfigMapping(prefix = "prakerja.security")
public interface SecurityConfig {

    /**
     * bcrypt's cost: 2^cost rounds. 12 takes about 250 ms on one core of 2026 server hardware, which an attacker with
     * a stolen hash pays per guess while a sign-in pays it once; OWASP asks for at least 10.
     */
    @WithDefault("12")
    int bcryptCost();

    /** The shortest password accepted (NIST SP 800-63B asks for at least 8). */
    @WithDefault("8")
    int passwordMinLength();

    /** How long a password-reset or invitation code may be used. */
    @WithDefault("1h")
    Duration resetTokenValidity();

    /** How long an operator's invitation (a set-password code) may be used. */
    @WithDefault("P3D")
    Duration invitationValidity();

    /** Limits on guessing passwords and one-time codes, and on anonymous registrations. */
    Throttling throttling();

    interface Throttling {

        /** Failures counted within this window; older ones are forgotten. */
        @WithDefault("15m")
        Duration window();

        /** The first lock-out; each further one within the window's memory doubles, up to {@link #maxLockout()}. */
        @WithDefault("1m")
        Duration firstLockout();

        @WithDefault("1h")
        Duration maxLockout();

        /** Wrong passwords on one account before it is locked out. */
        @WithDefault("5")
        int signInPerAccount();

        /**
         * Wrong passwords from one client address before it is locked out; higher than per account because mobile
         * carriers put many people behind one address.
         */
        @WithDefault("50")
        int signInPerClient();

        /** Wrong e-mail verification or password-reset codes on one account before it is locked out. */
        @WithDefault("5")
        int codesPerAccount();

        @WithDefault("50")
        int codesPerClient();

        /** Registrations and password-reset requests from one client address within the window. */
        @WithDefault("30")
        int anonymousRequestsPerClient();
    }
}
