package id.go.prakerja.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of sign-in, refresh, sign-out and password reset. */
public final class AuthMessages {

    private AuthMessages() {}

    /**
     * The privacy notice's version is needed only when the participant has not accepted the one in force: the
     * sign-in then answers 422 {@code PRIVACY_NOTICE_OUTDATED}, and the client signs in again with it.
     */
    public record Login(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 1024) String password,
            @Size(max = 32) String privacyNoticeVersion) {}

    public record Refresh(@NotBlank @Size(max = 256) String refreshToken) {}

    public record PasswordResetRequest(
            @NotBlank @Size(max = 254) String email) {}

    public record PasswordResetConfirmation(
            @NotBlank @Size(max = 256) String token,
            @NotBlank @Size(max = 1024) String newPassword) {}

    /**
     * A signed-in session: a Bearer access token (a JWT) valid for {@code expiresIn} seconds, and the single-use
     * refresh token that gets the next pair. {@code participantId} is set for a participant.
     */
    public record Tokens(
            String accessToken,
            String tokenType,
            long expiresIn,
            String refreshToken,
            UUID accountId,
            UUID participantId,
            List<String> roles) {

        static Tokens of(SignInService.SignedIn signedIn) {
            return new Tokens(
                    signedIn.accessToken(),
                    "Bearer",
                    signedIn.expiresIn(),
                    signedIn.refreshToken(),
                    signedIn.accountId(),
                    signedIn.kind() == id.go.prakerja.platform.security.AccountCode.Kind.PARTICIPANT
                            ? signedIn.accountId()
                            : null,
                    signedIn.roles());
        }
    }
}
