package id.go.prakerja.platform.command;

/**
 * The stream version a client's {@code If-Match} names: the ETag it was given with the stream's last answer. A
 * command carrying one is judged only on that version; on any other it fails with {@link PreconditionFailed} (412),
 * so that a client acting on what it saw never changes a state it did not see. Absent or {@code *}: any version.
 */
public record IfMatch(Long version) {

    public static final IfMatch ANY = new IfMatch(null);

    /** An unreadable tag can match no version: the command fails rather than run unchecked. */
    private static final long UNMATCHABLE = -1;

    /** Reads an {@code If-Match} header: {@code "7"}, {@code W/"7"} or a bare {@code 7}. */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return ANY;
        }
        var tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return new IfMatch(Long.parseLong(tag));
        } catch (NumberFormatException unreadable) {
            return new IfMatch(UNMATCHABLE);
        }
    }

    public boolean admits(long current) {
        return version == null || version == current;
    }
}
