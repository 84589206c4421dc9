package id.go.prakerja.platform.problem;

/** A view did not reach the version the caller has already seen within the wait; 503, to be retried. */
public class ProjectionBehind extends RuntimeException {

    public ProjectionBehind(String view, long minVersion) {
        super("The view of " + view + " has not reached version " + minVersion + " yet");
    }
}
