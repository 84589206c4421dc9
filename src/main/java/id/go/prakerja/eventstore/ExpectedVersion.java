package id.go.prakerja.eventstore;

/**
 * What the writer believes about the stream it appends to. Stream versions start at 1, so {@code 0} means the
 * stream does not exist yet.
 */
public record ExpectedVersion(Long version) {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);
    private static final ExpectedVersion NO_STREAM = new ExpectedVersion(0L);

    public ExpectedVersion {
        if (version != null && version < 0) {
            throw new IllegalArgumentException("An expected version is 0 (no stream) or more, not " + version);
        }
    }

    /** Appends whatever the stream holds; for streams with a single writer by construction. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** The stream must not exist: the way to reserve a unique name. */
    public static ExpectedVersion noStream() {
        return NO_STREAM;
    }

    public static ExpectedVersion exactly(long version) {
        return version == 0 ? NO_STREAM : new ExpectedVersion(version);
    }

    public boolean isAny() {
        return version == null;
    }

    public boolean isNoStream() {
        return version != null && version == 0;
    }

    @Override
    public String toString() {
        return isAny() ? "any" : isNoStream() ? "no stream" : "version " + version;
    }
}
