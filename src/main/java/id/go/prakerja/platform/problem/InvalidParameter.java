package id.go.prakerja.platform.problem;

/**
 * A query or path parameter that does not read: a 400 problem whose violation names the parameter and says, in the
 * client's language, what form it takes ({@code parameter.<kind>} in the problem texts).
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String kind;

    public InvalidParameter(String parameter, String kind) {
        super("Invalid " + parameter + ": expected " + kind);
        this.parameter = parameter;
        this.kind = kind;
    }

    public String parameter() {
        return parameter;
    }

    public String kind() {
        return kind;
    }
}
