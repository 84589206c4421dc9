package id.go.prakerja.access;

/** A refresh token that is unknown, expired, revoked or already used. */
class InvalidRefreshToken extends RuntimeException {

    InvalidRefreshToken() {
        super("Invalid refresh token", null, false, false);
    }
}
