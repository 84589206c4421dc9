package id.go.prakerja.eventstore;

/**
 * A point in the log in commit order: the writing transaction's id, then the global position. Readers advance
 * through (transactionId, globalPosition) so that an event whose position was handed out early but whose
 * transaction committed late is still read, and read once.
 */
public record LogPosition(long transactionId, long globalPosition) implements Comparable<LogPosition> {

    public static final LogPosition START = new LogPosition(0, 0);

    @Override
    public int compareTo(LogPosition other) {
        int byTransaction = Long.compareUnsigned(transactionId, other.transactionId);
        return byTransaction != 0 ? byTransaction : Long.compare(globalPosition, other.globalPosition);
    }
}
