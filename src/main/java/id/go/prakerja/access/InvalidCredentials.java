package id.go.prakerja.access;

/** The e-mail address or the password is wrong; which of the two is not said. */
class InvalidCredentials extends RuntimeException {

    InvalidCredentials() {
        super("Invalid credentials", null, false, false);
    }
}
