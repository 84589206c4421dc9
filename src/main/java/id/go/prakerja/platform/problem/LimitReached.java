package id.go.prakerja.platform.problem;

/**
 * A client holds as much of something as it may (open streams, say): answered 429 with {@code Retry-After}, the
 * problem's texts those of {@code slug}.
 */
public class LimitReached extends RuntimeException {

    private final String slug;
    private final long retryAfterSeconds;
    private final transient Object[] details;

    public LimitReached(String slug, long retryAfterSeconds, Object... details) {
        super(slug, null, false, false);
        this.slug = slug;
        this.retryAfterSeconds = retryAfterSeconds;
        this.details = details.clone();
    }

    public String slug() {
        return slug;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Object[] details() {
        return details.clone();
    }
}
