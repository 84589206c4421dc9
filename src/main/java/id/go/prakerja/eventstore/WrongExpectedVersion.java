package id.go.prakerja.eventstore;

/** Another writer changed the stream since the caller read it; the caller reloads and decides again. */
public class WrongExpectedVersion extends RuntimeException {

    private final String streamId;
    private final ExpectedVersion expected;
    private final long actual;

    public WrongExpectedVersion(String streamId, ExpectedVersion expected, long actual) {
        super("Stream " + streamId + " was expected at " + expected + " but is at version " + actual);
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
    }

    public String streamId() {
        return streamId;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
