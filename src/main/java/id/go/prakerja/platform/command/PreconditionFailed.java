package id.go.prakerja.platform.command;

/** The stream moved on from the version the client's {@code If-Match} named; answered with 412. */
public class PreconditionFailed extends RuntimeException {

    private final long current;

    public PreconditionFailed(String streamId, IfMatch expected, long current) {
        super("Stream " + streamId + " is at version " + current + ", not " + expected.version());
        this.current = current;
    }

    public long current() {
        return current;
    }
}
